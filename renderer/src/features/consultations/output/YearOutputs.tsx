import { useState } from 'react';
import { Button, Menu, MenuItem } from '@mui/material';
import PrintIcon from '@mui/icons-material/PrintOutlined';
import { useNavigate } from 'react-router';
import { localDate } from '../../../../../shared/attendance/time';
import { consultationListDocx } from '../../../../../shared/consultations/docx';
import { figuresByOffice, ofYear } from '../../../../../shared/consultations/figures';
import { yearList } from '../../../../../shared/consultations/print';
import { buildConsultationWorkbook } from '../../../../../shared/consultations/xlsx';
import { matchesOffice, useOfficeFilter } from '../../../app/officeFilter';
import { useAppStore } from '../../../app/store';
import { openInPrintCenter } from '../../printing/pending';
import type { LoadedConsultData } from '../data/load';
import { useExportNote } from './useNote';

/** The year's list of topics and outcomes: printed, as .docx, and as .xlsx with the figures. */
export function YearOutputs({ year, data }: { year: number; data: LoadedConsultData }) {
  const navigate = useNavigate();
  const office = useAppStore((s) => s.info?.office);
  const filter = useOfficeFilter();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const { write, view } = useExportNote();
  const mine = <T extends { office: string }>(l: readonly T[]) => l.filter((r) => matchesOffice(filter, r));
  const title = `${office?.name ?? ''}${year}年协商议题和成果一览`;
  const list = () => {
    const d = ofYear({ ...data, topics: mine(data.topics), meetings: mine(data.meetings), supervisions: mine(data.supervisions) }, year);
    return { d, list: yearList(title, d.topics, d.meetings, data.measures, localDate(new Date())) };
  };
  const close = () => setAnchor(null);
  return (
    <>
      <Button startIcon={<PrintIcon />} onClick={(e) => setAnchor(e.currentTarget)}>打印 / 导出</Button>
      <Menu anchorEl={anchor} open={!!anchor} onClose={close}>
        <MenuItem onClick={() => { close(); openInPrintCenter({ kind: 'consultationList', data: list().list }, title, navigate); }}>打印年度议题和成果一览</MenuItem>
        <MenuItem onClick={() => { close(); void write(`${title}.docx`, () => consultationListDocx(list().list), ' Word 文件'); }}>导出一览（Word）</MenuItem>
        <MenuItem onClick={() => { close(); const { d, list: l } = list(); void write(`${title}.xlsx`, () => buildConsultationWorkbook(l, figuresByOffice(d, localDate(new Date())), (c) => c), ' Excel 文件'); }}>导出一览和统计（Excel）</MenuItem>
      </Menu>
      {view}
    </>
  );
}
