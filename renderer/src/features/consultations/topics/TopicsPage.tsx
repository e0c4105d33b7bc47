import { useMemo, useState } from 'react';
import { Alert, Button, Chip, MenuItem, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import type { ConsultTopic } from '../../../../../shared/domain/consultation';
import { yearPlan } from '../../../../../shared/consultations/validate';
import { matchesOffice, useOfficeFilter } from '../../../app/officeFilter';
import { useAppStore } from '../../../app/store';
import { Loading } from '../../sessions/Loading';
import { useConsultData } from '../data/load';
import { planTopic, takeUpDistrictTopic } from '../data/writes';
import { YearOutputs } from '../output/YearOutputs';
import { cs } from '../strings';
import { PlanMeetingDialog } from './PlanMeetingDialog';
import { TopicDialog } from './TopicDialog';

const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));

/** 议题与计划: the year's candidate topics with their source and reason; choosing the plan by month; HQ's district topics. */
export function TopicsPage() {
  const data = useConsultData();
  const office = useAppStore((s) => s.info?.office);
  const filter = useOfficeFilter();
  const hq = office?.role === 'hq';
  const [year, setYear] = useState(new Date().getFullYear());
  const [editing, setEditing] = useState<ConsultTopic | 'new' | null>(null);
  const [meetingFor, setMeetingFor] = useState<ConsultTopic | null>(null);
  const [error, setError] = useState('');
  // At an office: its own topics and HQ's district ones; at HQ: the office chosen, or all (HQ's own among them).
  const topics = useMemo(() => (data?.topics ?? []).filter((t) => t.year === year && (matchesOffice(filter, t) || t.district)), [data, year, filter]);
  const taken = useMemo(() => new Set((data?.topics ?? []).filter((t) => t.fromDistrict && !t.deleted).map((t) => t.fromDistrict)), [data]);
  const meetingOf = useMemo(() => new Map((data?.meetings ?? []).map((m) => [m.topicId, m])), [data]);
  const plan = yearPlan(topics.filter((t) => !t.district || hq), year);
  const years = useMemo(() => [...new Set([year, new Date().getFullYear(), ...(data?.topics ?? []).map((t) => t.year)])].sort().reverse(), [data, year]);
  if (!data) return <Loading />;
  const run = (fn: () => Promise<unknown>) => { setError(''); fn().catch((e) => setError((e as Error).message)); };
  const sorted = [...topics].sort((a, b) => Number(b.planned) - Number(a.planned) || a.plannedMonth.localeCompare(b.plannedMonth) || a.title.localeCompare(b.title, 'zh'));
  return (
    <>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
        <TextField select size="small" label="年度" value={year} onChange={(e) => setYear(Number(e.target.value))} sx={{ width: 110 }}>
          {years.map((y) => <MenuItem key={y} value={y}>{y} 年</MenuItem>)}
        </TextField>
        <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }} data-testid="plan-count">{year} 年协商计划：{plan.length} 个议题（备选 {topics.length - plan.length} 个）</Typography>
        <YearOutputs year={year} data={data} />
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing('new')}>{hq && !filter ? '新增区政协议题' : '新增议题'}</Button>
      </Stack>
      {error && <Alert severity="error" sx={{ mb: 1 }} onClose={() => setError('')} data-testid="topics-error">{error}</Alert>}
      {!topics.length ? <Typography color="text.secondary" sx={{ mt: 4 }}>{cs.noTopics}</Typography> : (
        <TableContainer component={Paper} sx={{ maxHeight: 'calc(100vh - 250px)' }}>
          <Table size="small" stickyHeader aria-label="议题列表">
            <TableHead>
              <TableRow>{['议题', '类别', '性质', '来源', '理由', '计划月份', ''].map((h) => <TableCell key={h} sx={{ whiteSpace: 'nowrap' }}>{h}</TableCell>)}</TableRow>
            </TableHead>
            <TableBody>
              {sorted.map((t) => {
                const foreign = t.district && !hq;
                const meeting = meetingOf.get(t.id);
                return (
                  <TableRow key={t.id} data-testid="topic-row">
                    <TableCell>{t.title}{t.district && <Chip size="small" color="secondary" variant="outlined" label={cs.districtTopic} sx={{ ml: 1 }} />}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{t.category}</TableCell>
                    <TableCell>{t.weight}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{t.source.kind}{t.source.refText && <Typography variant="caption" color="text.secondary" noWrap sx={{ maxWidth: 200, display: "block" }}>{t.source.refText}</Typography>}</TableCell>
                    <TableCell sx={{ maxWidth: 260 }}><Typography variant="body2" noWrap title={t.reason}>{t.reason}</Typography></TableCell>
                    <TableCell>
                      {foreign ? '' : (
                        <TextField select size="small" value={t.planned ? t.plannedMonth.slice(5) : ''} sx={{ width: 110 }} slotProps={{ select: { displayEmpty: true, SelectDisplayProps: { 'aria-label': `计划月份：${t.title}` } as object } }}
                          onChange={(e) => run(() => planTopic(t.id, e.target.value ? `${t.year}-${e.target.value}` : null))}>
                          <MenuItem value="">不列入</MenuItem>
                          {MONTHS.map((m) => <MenuItem key={m} value={m}>{Number(m)} 月</MenuItem>)}
                        </TextField>
                      )}
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      {foreign ? (taken.has(t.id) ? <Chip size="small" label="已采用" /> : <Button size="small" onClick={() => run(() => takeUpDistrictTopic(t.id))}>{cs.takeUp}</Button>) : (
                        <>
                          <Button size="small" onClick={() => setEditing(t)}>修改</Button>
                          {meeting ? <Button size="small" href={`#/consultations/meetings/${meeting.id}`}>查看协商</Button>
                            : !t.district && <Button size="small" variant="outlined" disabled={!t.planned} onClick={() => setMeetingFor(t)}>召开协商议事会</Button>}
                        </>
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {editing && <TopicDialog topic={editing === 'new' ? undefined : editing} year={year} district={hq && !filter} onClose={() => setEditing(null)} />}
      {meetingFor && <PlanMeetingDialog topic={meetingFor} onClose={() => setMeetingFor(null)} />}
    </>
  );
}
