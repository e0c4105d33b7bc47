import { ZodError } from 'zod';
import { contract, isChannel, type CallError, type Channel, type ParsedArgs, type Result } from '../../shared/contract';
import { personMessage } from '../services/errors';

/** Who made a call: the URL of the page that sent it. */
export interface CallContext {
  senderUrl: string;
}

export type Handler<C extends Channel> = (args: ParsedArgs<C>, ctx: CallContext) => Promise<Result<C>> | Result<C>;
export type HandlerTable = { [C in Channel]: Handler<C> };

export type Envelope = { ok: true; result: unknown } | { ok: false; error: CallError };

function zodMessage(e: ZodError): string {
  return e.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('；');
}

/**
 * The single door from renderer to main, shared by both hosts: refuses unknown
 * channels and untrusted senders, validates arguments before the handler runs
 * and the result after, and turns every failure into a Chinese message.
 */
export function createDispatcher(table: HandlerTable, isTrustedSender: (url: string) => boolean) {
  return async function dispatch(channel: unknown, rawArgs: unknown, ctx: CallContext): Promise<Envelope> {
    if (!isTrustedSender(ctx.senderUrl)) {
      return { ok: false, error: { code: 'forbidden', message: '调用来自未授权的页面，已拒绝。' } };
    }
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'unknown-channel', message: `未知的调用：${String(channel)}` } };
    }
    const spec = contract[channel];
    const parsed = spec.args.safeParse(rawArgs ?? {});
    if (!parsed.success) {
      return { ok: false, error: { code: 'bad-args', message: `参数不正确（${channel}）：${zodMessage(parsed.error)}` } };
    }
    let result: unknown;
    try {
      const handler = table[channel] as Handler<typeof channel>;
      result = await handler(parsed.data as never, ctx);
    } catch (e) {
      const err = e as Error & { code?: string };
      const code = err.code === 'forbidden' ? 'forbidden' : 'failed';
      const message = personMessage(e);
      // What the person is not shown (an errno, an English exception, a path) goes to the log.
      if (message !== err.message) console.error(`[${channel}]`, e);
      return { ok: false, error: { code, message } };
    }
    const checked = spec.result.safeParse(result);
    if (!checked.success) {
      return { ok: false, error: { code: 'bad-result', message: `内部错误：${channel} 返回了不合约定的结果` } };
    }
    return { ok: true, result: checked.data };
  };
}
export type Dispatch = ReturnType<typeof createDispatcher>;
