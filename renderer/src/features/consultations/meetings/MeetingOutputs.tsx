import { useState } from 'react';
import { Button, Menu, MenuItem } from '@mui/material';
import PrintIcon from '@mui/icons-material/PrintOutlined';
import { useNavigate } from 'react-router';
import { meetingRecord, outcomeReport } from '../../../../../shared/consultations/print';
import type { ConsultMeeting, ConsultTopic, Measure } from '../../../../../shared/domain/consultation';
import type { Member } from '../../../../../shared/domain/member';
import { formalDocx } from '../../../../../shared/print/docx/formal-docx';
import { useAppStore } from '../../../app/store';
import { openInPrintCenter } from '../../printing/pending';
import { useExportNote } from '../output/useNote';

/** The 协商议事记录 and the 协商成果专报 (GB/T 9704), printed or as .docx. */
export function MeetingOutputs({ meeting, topic, measures, members }: { meeting: ConsultMeeting; topic: ConsultTopic | undefined; measures: Measure[]; members: Map<string, Member> }) {
  const navigate = useNavigate();
  const office = useAppStore((s) => s.info?.office?.name ?? '');
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const { write, view } = useExportNote();
  const people = { name: (id: string) => members.get(id)?.name ?? '' };
  const record = () => meetingRecord(meeting, topic, people, measures);
  const report = () => outcomeReport(meeting, topic, office, measures);
  const close = () => setAnchor(null);
  return (
    <>
      <Button startIcon={<PrintIcon />} onClick={(e) => setAnchor(e.currentTarget)}>打印 / 导出</Button>
      <Menu anchorEl={anchor} open={!!anchor} onClose={close}>
        <MenuItem onClick={() => { close(); openInPrintCenter({ kind: 'formal', data: record() }, record().title, navigate); }}>打印协商议事记录</MenuItem>
        <MenuItem disabled={!meeting.outcome} onClick={() => { close(); openInPrintCenter({ kind: 'formal', data: report() }, report().title, navigate); }}>打印协商成果专报</MenuItem>
        <MenuItem onClick={() => { close(); void write(`${record().title}.docx`, () => formalDocx(record()), ' Word 文件'); }}>导出协商议事记录（Word）</MenuItem>
        <MenuItem disabled={!meeting.outcome} onClick={() => { close(); void write(`${report().title}.docx`, () => formalDocx(report()), ' Word 文件'); }}>导出协商成果专报（Word）</MenuItem>
      </Menu>
      {view}
    </>
  );
}
