// Types for scripts/system-deps.mjs (plain JavaScript: .ci/run calls it before npm ci).
export type Purpose = 'start' | 'test';
export type Run = (cmd: string, args: string[], opts?: { inherit?: boolean }) => { status: number | null; stdout: string };
export type Plan =
  | { action: 'none' }
  | { action: 'install'; missing: string[]; prefix: string[] }
  | { action: 'ask'; missing: string[]; line: string }
  | { action: 'unsupported' };
export const PACKAGES: Record<string, string>;
export const NEEDS: Record<Purpose, string[]>;
export function installLine(missing: string[]): string;
export function decide(facts: { wanted: string[]; installed: (pkg: string) => boolean; hasApt: boolean; isRoot: boolean; canSudo: boolean }): Plan;
export function installCommands(missing: string[], prefix: string[]): string[][];
export function ensureSystemDeps(purpose: Purpose, deps?: { run?: Run; log?: (line: string) => void; uid?: number; platform?: string }): number;
