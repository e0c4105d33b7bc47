import type { ReactNode } from 'react';
import HomeIcon from '@mui/icons-material/HomeOutlined';
import PeopleIcon from '@mui/icons-material/PeopleAltOutlined';
import EventIcon from '@mui/icons-material/EventNoteOutlined';
import LightbulbIcon from '@mui/icons-material/LightbulbOutlined';
import DescriptionIcon from '@mui/icons-material/DescriptionOutlined';
import ForumIcon from '@mui/icons-material/ForumOutlined';
import FeedbackIcon from '@mui/icons-material/FeedbackOutlined';
import AssignmentIcon from '@mui/icons-material/AssignmentIndOutlined';
import PrintIcon from '@mui/icons-material/PrintOutlined';
import SyncIcon from '@mui/icons-material/SyncAltOutlined';
import SettingsIcon from '@mui/icons-material/SettingsOutlined';
import { t } from './strings';

/** The shell's navigation, in order. A section's page is registered in routes.tsx. */
export interface Section {
  path: string;
  label: string;
  icon: ReactNode;
}

export const SECTIONS: Section[] = [
  { path: '/', label: t.nav.home, icon: <HomeIcon /> },
  { path: '/members', label: t.nav.members, icon: <PeopleIcon /> },
  { path: '/sessions', label: t.nav.sessions, icon: <EventIcon /> },
  { path: '/suggestions', label: t.nav.suggestions, icon: <LightbulbIcon /> },
  { path: '/proposals', label: t.nav.proposals, icon: <DescriptionIcon /> },
  { path: '/consultations', label: t.nav.consultations, icon: <ForumIcon /> },
  { path: '/reports', label: t.nav.reports, icon: <FeedbackIcon /> },
  { path: '/duty', label: t.nav.duty, icon: <AssignmentIcon /> },
  { path: '/printing', label: t.nav.printing, icon: <PrintIcon /> },
  { path: '/exchange', label: t.nav.exchange, icon: <SyncIcon /> },
  { path: '/settings', label: t.nav.settings, icon: <SettingsIcon /> },
];
