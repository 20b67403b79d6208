/** Where a CLI command writes and what it may read of its environment (tests pass their own). */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
}
