import { LogLevel, type Logger as SlackLogger } from '@slack/bolt';
import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * Paths pino removes from every log line. Message text and secrets never belong in logs; handlers
 * log ids and durations, and these paths catch anything that slips through as structured fields.
 */
export const REDACT_PATHS = [
  'token',
  '*.token',
  'botToken',
  'appToken',
  'signingSecret',
  'clientSecret',
  'stateSecret',
  'text',
  '*.text',
  'body',
  'payload',
  'headers.authorization',
  'headers["x-slack-signature"]',
  'req.headers.authorization',
  'err.data.response_metadata',
  'err.config',
  'err.request',
];

const SECRET_PATTERN = /\b(?:xox[abposr]|xapp)-[A-Za-z0-9-]+/g;

/** Belt and braces for free-text messages (Bolt's own): tokens are masked even inside strings. */
export function scrubSecrets(value: unknown): unknown {
  return typeof value === 'string' ? value.replace(SECRET_PATTERN, '[token]') : value;
}

/** Errors keep their type, code and stack, with any token in the message or stack masked. */
function serializeError(error: unknown): unknown {
  const serialized = pino.stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
  for (const key of ['message', 'stack']) serialized[key] = scrubSecrets(serialized[key]);
  return serialized;
}

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'refer-triage' },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: serializeError },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map(scrubSecrets) as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}

const TO_SLACK: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
  fatal: LogLevel.ERROR,
  silent: LogLevel.ERROR,
};

/**
 * Bolt's and the Web API client's logger, routed through pino so every line is structured and
 * redacted. LOG_LEVEL alone decides what is written: the libraries' own setLevel calls (Bolt sets
 * info unless told otherwise) are ignored. Their debug lines are never written, whatever the level:
 * they carry request and response bodies, which hold message text.
 */
export function boltLogger(logger: Logger): SlackLogger {
  let child = logger.child({ component: 'bolt' });
  const write =
    (level: 'info' | 'warn' | 'error') =>
    (...msg: unknown[]) => {
      if (!child.isLevelEnabled(level)) return;
      const [first, ...rest] = msg;
      if (first instanceof Error) child[level]({ err: first }, rest.map(String).join(' ') || first.message);
      else child[level](msg.map((m) => (typeof m === 'string' ? m : JSON.stringify(scrubSecrets(m)))).join(' '));
    };
  return {
    debug: () => {},
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    setLevel: () => {},
    getLevel: () => TO_SLACK[logger.level] ?? LogLevel.INFO,
    setName: (name) => {
      child = logger.child({ component: name });
    },
  };
}
