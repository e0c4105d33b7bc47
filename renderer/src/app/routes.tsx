import { Route, Routes } from 'react-router';
import { DutyPage } from '../features/duty/DutyPage';
import { ExchangePage } from '../features/exchange/ExchangePage';
import { HomePage } from '../features/home/HomePage';
import { MembersPage } from '../features/members/MembersPage';
import { ProposalsPage } from '../features/proposals/ProposalsPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { SessionsPage } from '../features/sessions/SessionsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { SuggestionsPage } from '../features/suggestions/SuggestionsPage';
import { PrintingPage } from '../features/printing/PrintingPage';

/** Every page of the shell. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<HomePage />} />
      <Route path="/members/*" element={<MembersPage />} />
      <Route path="/sessions/*" element={<SessionsPage />} />
      <Route path="/suggestions/*" element={<SuggestionsPage />} />
      <Route path="/proposals/*" element={<ProposalsPage />} />
      <Route path="/reports/*" element={<ReportsPage />} />
      <Route path="/duty/*" element={<DutyPage />} />
      <Route path="/printing/*" element={<PrintingPage />} />
      <Route path="/exchange/*" element={<ExchangePage />} />
      <Route path="/settings" element={<SettingsPage />} />
      <Route path="*" element={<HomePage />} />
    </Routes>
  );
}
