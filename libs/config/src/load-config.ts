import { z } from 'zod';

/** A configuration problem, phrased so that one line tells the operator what to fix. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

export type ConfigSchema = z.ZodObject<z.ZodRawShape>;

/**
 * Reads and validates the environment against a schema of variables. Every variable in a
 * schema carries a `.describe()` text, which is repeated in the error so the fix is obvious.
 */
export function loadConfig<S extends ConfigSchema>(
  schema: S,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<S> {
  // An empty string is how shells and compose files say "unset"; treat it so.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = schema.safeParse(present);
  if (result.success) {
    return result.data;
  }

  const issue = result.error.issues[0];
  const variable = String(issue.path[0] ?? '(unknown)');
  const described = (schema.shape[variable] as z.ZodType | undefined)?.description;
  const hint = described ? ` (${described})` : '';
  const problem =
    present[variable] === undefined ? 'is required' : `is invalid: ${issue.message.toLowerCase()}`;

  throw new ConfigError(variable, `configuration error: ${variable} ${problem}${hint}`);
}

/**
 * The start-up form: a bad setting stops the process with one line on stderr, naming the
 * variable, instead of a stack trace from deep inside a driver.
 */
export function loadConfigOrExit<S extends ConfigSchema>(
  schema: S,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<S> {
  try {
    return loadConfig(schema, env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG from sysexits.h
    }
    throw error;
  }
}
