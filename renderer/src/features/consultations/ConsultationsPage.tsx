import { Box, Tab, Tabs, Typography } from '@mui/material';
import { Route, Routes, useLocation, useNavigate } from 'react-router';
import { FiguresPage } from './figures/FiguresPage';
import { MeetingList } from './followup/MeetingList';
import { MeetingPage } from './meetings/MeetingPage';
import { cs } from './strings';
import { SupervisionList } from './supervision/SupervisionList';
import { SupervisionPage } from './supervision/SupervisionPage';
import { TopicsPage } from './topics/TopicsPage';

const TABS = [['', cs.tabs.meetings], ['topics', cs.tabs.topics], ['supervision', cs.tabs.supervision], ['figures', cs.tabs.figures]] as const;

/** 有事好商量: the meetings and their follow-up, topics and the year's plan, 民主监督, figures. */
export function ConsultationsPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const sub = location.pathname.split('/')[2] ?? '';
  const tab = sub === 'meetings' ? '' : TABS.some(([k]) => k === sub) ? sub : '';
  return (
    <>
      <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
        <Typography variant="h5" sx={{ mr: 3 }}>{cs.title}</Typography>
        <Tabs value={tab} onChange={(_, v) => navigate(`/consultations${v ? `/${v}` : ''}`)} aria-label="有事好商量">
          {TABS.map(([k, label]) => <Tab key={k} value={k} label={label} />)}
        </Tabs>
      </Box>
      <Routes>
        <Route index element={<MeetingList />} />
        <Route path="meetings/:id" element={<MeetingPage />} />
        <Route path="topics" element={<TopicsPage />} />
        <Route path="supervision" element={<SupervisionList />} />
        <Route path="supervision/:id" element={<SupervisionPage />} />
        <Route path="figures" element={<FiguresPage />} />
      </Routes>
    </>
  );
}
