import { PassThrough, Readable } from 'node:stream';

/** In-memory standard streams for driving the command line without a process. */
export function fakeIo(stdinText: string | null, options: { tty?: boolean } = {}) {
  const stdout = Object.assign(new PassThrough(), { isTTY: options.tty ?? false });
  const stderr = new PassThrough();
  const stdin = Object.assign(Readable.from(stdinText === null ? [] : [stdinText]), {
    isTTY: stdinText === null,
  });
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => {
    out += c.toString();
  });
  stderr.on('data', (c: Buffer) => {
    err += c.toString();
  });
  return { io: { stdin, stdout, stderr, env: {} as NodeJS.ProcessEnv }, out: () => out, err: () => err };
}
