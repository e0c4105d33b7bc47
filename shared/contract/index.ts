import type { z } from 'zod';
import { appContract } from './app';
import { filesContract } from './files';
import { printContract } from './print';
import { syncContract } from './sync';

/**
 * The one contract between renderer and main: every call, with a zod schema for
 * its arguments and its result. Both hosts route calls through the same handler
 * table, which validates against this before and after the handler runs.
 * A capability adds its calls by spreading its own `xxxContract` here.
 */
export const contract = {
  ...appContract,
  ...filesContract,
  ...printContract,
  ...syncContract,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Args<C extends Channel> = z.input<Contract[C]['args']>;
export type ParsedArgs<C extends Channel> = z.output<Contract[C]['args']>;
export type Result<C extends Channel> = z.output<Contract[C]['result']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** Events main may push to the renderer (progress of long jobs). */
export const EVENTS = ['progress'] as const;
export type HostEvent = (typeof EVENTS)[number];
export interface ProgressEvent {
  job: string;
  done: number;
  total: number;
  label?: string;
}

/** What both preloads put on `window.api`. */
export interface WindowApi {
  invoke(channel: string, args: unknown): Promise<unknown>;
  on(event: HostEvent, listener: (payload: unknown) => void): () => void;
}

/** A refused call: the message is Chinese and says what is wrong. */
export interface CallError {
  code: 'bad-args' | 'unknown-channel' | 'forbidden' | 'failed' | 'bad-result';
  message: string;
}
