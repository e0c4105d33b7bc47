import { Route, Routes } from 'react-router';
import { ReportDetail } from './ReportDetail';
import { ReportFigures } from './ReportFigures';
import { ReportForm } from './ReportForm';
import { ReportList } from './ReportList';

/** 社情民意: the list, intake and edit, a report's page with HQ's adoption, figures. */
export function ReportsPage() {
  return (
    <Routes>
      <Route index element={<ReportList />} />
      <Route path="new" element={<ReportForm />} />
      <Route path="figures" element={<ReportFigures />} />
      <Route path=":id/edit" element={<ReportForm />} />
      <Route path=":id" element={<ReportDetail />} />
    </Routes>
  );
}
