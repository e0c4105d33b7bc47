import { memo, useCallback, useRef } from 'react';
import { styled } from '@mui/material';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Suggestion } from '../../../../../shared/domain/suggestion';
import { publicSubmitter } from '../../../../../shared/suggestions/privacy';
import { statusOf } from '../../../../../shared/suggestions/review';
import { findAll } from '../../../../../shared/text/similarity';
import { Marked } from '../Marked';
import { snippet } from './listRows';

const ROW = 62;

/** Chip colours per status (the list's and the detail page's). */
export const STATUS_COLORS: Record<string, 'default' | 'warning' | 'success' | 'info' | 'error' | 'secondary'> = {
  待审: 'warning', 采纳: 'success', 部分采纳: 'success', 留作参考: 'info', 不予采纳: 'default', 转交: 'secondary', 并入: 'default',
};

/**
 * The rows' look, declared once for the whole list. Each row is plain
 * elements with class names rather than MUI Typography/Checkbox/Chip with
 * `sx`: at 50,000 rows, scrolling mounts a dozen rows a frame, and emotion
 * resolving `sx` per row plus the Checkbox's ripple and the Chips' layers
 * cost more than a frame (bench row suggestion-list, scrolling in detail).
 */
const Scroller = styled('div')(({ theme }) => ({
  height: 'calc(100vh - 250px)',
  overflow: 'auto',
  background: theme.palette.background.paper,
  borderRadius: theme.shape.borderRadius,
  boxShadow: theme.shadows[1],
  contain: 'strict',
  '& .row': {
    position: 'absolute', left: 0, right: 0, height: ROW, display: 'flex', alignItems: 'center', gap: 8, padding: '0 8px',
    cursor: 'pointer', borderBottom: `1px solid ${theme.palette.divider}`, boxSizing: 'border-box', fontSize: 12,
    color: theme.palette.text.primary, contain: 'layout style',
  },
  '& .row:hover': { background: theme.palette.action.hover },
  '& .row.waiting': { background: '#fffaf0' },
  '& .row input': { width: 16, height: 16, margin: '0 9px', accentColor: theme.palette.primary.main, cursor: 'pointer' },
  '& .main': { flex: 1, minWidth: 0 },
  '& .title': { fontSize: 14, fontWeight: 600, lineHeight: 1.43 },
  '& .sub': { color: theme.palette.text.secondary, lineHeight: 1.66 },
  '& .nowrap': { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
  '& .cell': { flex: 'none', lineHeight: 1.66 },
  '& .chips': { width: 150, display: 'flex', gap: 4, flex: 'none' },
  '& .chip': {
    height: 24, padding: '0 8px', borderRadius: 12, display: 'inline-flex', alignItems: 'center', fontSize: 13, whiteSpace: 'nowrap',
    border: `1px solid ${theme.palette.grey[400]}`, color: theme.palette.text.primary,
  },
  ...Object.fromEntries((['warning', 'success', 'info', 'secondary'] as const).flatMap((c) => [
    [`& .chip.${c}`, { borderColor: theme.palette[c].main, color: theme.palette[c].dark }],
    [`& .chip.${c}.filled`, { background: theme.palette[c].main, color: theme.palette[c].contrastText }],
  ])),
  '& mark': { background: '#fff59d', color: 'inherit', padding: 0 },
}));

interface RowsProps {
  rows: readonly Suggestion[];
  query: string;
  selected: ReadonlySet<string>;
  onToggle(id: string): void;
  onOpen(id: string): void;
}

/** The virtualised list: only the rows in view (and a few around) are in the DOM; scrolling re-renders this list alone. */
export const SuggestionRows = memo(function SuggestionRows({ rows, query, selected, onToggle, onOpen }: RowsProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW, overscan: 6 });
  const click = useCallback((e: React.MouseEvent<HTMLDivElement>) => {
    const id = (e.target as HTMLElement).closest<HTMLElement>('[data-id]')?.dataset.id;
    if (!id) return;
    if ((e.target as HTMLElement).tagName === 'INPUT') onToggle(id);
    else onOpen(id);
  }, [onOpen, onToggle]);
  return (
    <Scroller ref={scroller} role="list" aria-label="建议列表" onClick={click}>
      <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
        {virtual.getVirtualItems().map((v) => {
          const s = rows[v.index];
          return <Row key={s.id} s={s} query={query} top={v.start} checked={selected.has(s.id)} />;
        })}
      </div>
    </Scroller>
  );
});

const Row = memo(function Row({ s, query, top, checked }: { s: Suggestion; query: string; top: number; checked: boolean }) {
  const status = statusOf(s);
  const sn = snippet(s.content, query);
  const who = publicSubmitter(s.submitter);
  const color = STATUS_COLORS[status];
  return (
    <div role="listitem" className={status === '待审' ? 'row waiting' : 'row'} data-testid="suggestion-row" data-id={s.id} data-status={status} style={{ top }}>
      {/* The list's click handler toggles on the box; onChange is there for React's controlled input. */}
      <input type="checkbox" checked={checked} onChange={noop} aria-label={`选择 ${s.title}`} />
      <div className="main">
        <div className="title nowrap" data-testid="row-title"><Marked text={s.title} marks={query ? findAll(s.title, query) : []} /></div>
        <div className="sub nowrap"><Marked text={sn.text} marks={sn.marks} /></div>
      </div>
      <span className="cell nowrap" style={{ width: 84 }}>{s.category}</span>
      <span className="cell nowrap" style={{ width: 130 }}><Marked text={who} marks={query ? findAll(who, query) : []} /></span>
      <span className="cell nowrap" style={{ width: 56 }}>{s.channel}</span>
      <span className="cell nowrap" style={{ width: 76 }}>{s.receivedOn}</span>
      <span className="chips">
        <span className={`chip ${color}${status === '待审' ? ' filled' : ''}`}>{status}</span>
        {status !== '待审' && !s.feedback && <span className="chip info">待反馈</span>}
      </span>
    </div>
  );
});

function noop() {}
