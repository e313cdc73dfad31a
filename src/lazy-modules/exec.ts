// Stands in for @actions/exec in the bundle (tsconfig `paths`): @actions/core imports it for `platform`
// details the action never asks for; the real module (with @actions/io) is a chunk of its own, loaded on the
// first call.
import type * as Exec from '../../node_modules/@actions/exec/lib/exec.js';

// The file, not the package name: the name is this stand-in.
const loadExec = (): Promise<typeof Exec> => import('../../node_modules/@actions/exec/lib/exec.js');

export const exec: typeof Exec.exec = async (...args) => (await loadExec()).exec(...args);
export const getExecOutput: typeof Exec.getExecOutput = async (...args) => (await loadExec()).getExecOutput(...args);
