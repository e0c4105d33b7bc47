import { contract, type Args, type CallError, type Channel, type HostEvent, type Result, type WindowApi } from '../../../shared/contract';

declare global {
  interface Window {
    api: WindowApi;
  }
}

/** A call main refused or that failed; `message` is Chinese and fit to show. */
export class ApiError extends Error {
  constructor(readonly error: CallError) {
    super(error.message);
  }
}

type Envelope = { ok: true; result: unknown } | { ok: false; error: CallError };

/** Call main through whichever host is present; the result is checked against the contract here too. */
export async function call<C extends Channel>(channel: C, args: Args<C>): Promise<Result<C>> {
  if (!window.api) throw new ApiError({ code: 'failed', message: '没有连接到主进程：请通过 npm start 打开本程序' });
  const env = (await window.api.invoke(channel, args)) as Envelope;
  if (!env.ok) throw new ApiError(env.error);
  return contract[channel].result.parse(env.result) as Result<C>;
}

export function onHostEvent(event: HostEvent, listener: (payload: unknown) => void): () => void {
  return window.api?.on(event, listener) ?? (() => undefined);
}
