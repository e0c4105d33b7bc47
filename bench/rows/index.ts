import { row as appStart } from './app-start';
import { row as heap } from './heap';
import { rows as printing } from './printing';
import { rows as sync } from './sync';
import type { NodeRow } from './types';

/** Rows measured from Node. A capability that needs main-side services adds its row here. */
export const NODE_ROWS: NodeRow[] = [appStart, heap, ...sync, ...printing];
