import { lazy, Suspense } from 'react';
import { LinearProgress } from '@mui/material';
import { Route, Routes } from 'react-router';
import { HomePage } from '../features/home/HomePage';

/**
 * Every page but 首页 is its own chunk, loaded when first opened: the first
 * screen parses only what it shows (charts, the roster's pinyin tables and
 * the print and Word code come later), which keeps app start within its
 * second on a slow office PC.
 */
const page = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

const MembersPage = page(() => import('../features/members/MembersPage'), 'MembersPage');
const SessionsPage = page(() => import('../features/sessions/SessionsPage'), 'SessionsPage');
const SuggestionsPage = page(() => import('../features/suggestions/SuggestionsPage'), 'SuggestionsPage');
const ProposalsPage = page(() => import('../features/proposals/ProposalsPage'), 'ProposalsPage');
const ReportsPage = page(() => import('../features/reports/ReportsPage'), 'ReportsPage');
const DutyPage = page(() => import('../features/duty/DutyPage'), 'DutyPage');
const ConsultationsPage = page(() => import('../features/consultations/ConsultationsPage'), 'ConsultationsPage');
const PrintingPage = page(() => import('../features/printing/PrintingPage'), 'PrintingPage');
const ExchangePage = page(() => import('../features/exchange/ExchangePage'), 'ExchangePage');
const SettingsPage = page(() => import('../features/settings/SettingsPage'), 'SettingsPage');

/** Every page of the shell. */
export function AppRoutes() {
  return (
    <Suspense fallback={<LinearProgress aria-label="正在打开" />}>
      <Routes>
        <Route path="/" element={<HomePage />} />
        <Route path="/members/*" element={<MembersPage />} />
        <Route path="/sessions/*" element={<SessionsPage />} />
        <Route path="/suggestions/*" element={<SuggestionsPage />} />
        <Route path="/proposals/*" element={<ProposalsPage />} />
        <Route path="/reports/*" element={<ReportsPage />} />
        <Route path="/duty/*" element={<DutyPage />} />
        <Route path="/consultations/*" element={<ConsultationsPage />} />
        <Route path="/printing/*" element={<PrintingPage />} />
        <Route path="/exchange/*" element={<ExchangePage />} />
        <Route path="/settings" element={<SettingsPage />} />
        <Route path="*" element={<HomePage />} />
      </Routes>
    </Suspense>
  );
}
