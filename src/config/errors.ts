/** Bad configuration: a config-file key or an input with a value that is not allowed. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}
