// Where the CLI's output goes: stdout for the result, stderr for progress and errors, so `--json | jq` works.
export interface Io {
  out: (text: string) => void;
  err: (line: string) => void;
  env: NodeJS.ProcessEnv;
  color: boolean;
}
