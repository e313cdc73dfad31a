#!/usr/bin/env node
// The `newcomer-triage` command: the action's pipeline from a terminal. Exit codes: 0 done, 1 fail-on met or
// the run failed, 2 a usage error (flags, payload file, inputs, token).
import { parseCommand } from './parse-command.js';
import { useColor } from './paint.js';
import { runBacktestCommand } from './run-backtest.js';
import { runEvent } from './run-event.js';
import { runProfile } from './run-profile.js';
import { usage, UsageError } from './usage.js';
import type { Io } from './io.js';

async function main(argv: string[]): Promise<number> {
  const io: Io = {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    env: process.env,
    color: useColor(process.stdout),
  };
  try {
    const command = parseCommand(argv);
    if (command.kind === 'help') {
      io.out(usage);
      return 0;
    }
    switch (command.kind) {
      case 'profile':
        return await runProfile(command, io);
      case 'backtest':
        return await runBacktestCommand(command, io);
      case 'event':
        return await runEvent(command, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`newcomer-triage: ${error.message}`);
      return 2;
    }
    io.err(`newcomer-triage failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

// exitCode rather than exit(): stdout is flushed before the process ends, even when piped.
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
