import type { Args, Channel, Result } from '../../../shared/contract';
import { call } from '../app/api';

/** How the exchange reaches main: the app's `call`, or a direct handler table in unit tests. */
export type Caller = <C extends Channel>(channel: C, args: Args<C>) => Promise<Result<C>>;

export const defaultCaller: Caller = call;

export interface Progress {
  done: number;
  total: number;
  label: string;
}
export type OnProgress = (p: Progress) => void;
