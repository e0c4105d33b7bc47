import { AppBar, Box, Chip, Drawer, LinearProgress, List, ListItemButton, ListItemIcon, ListItemText, Toolbar, Typography } from '@mui/material';
import { useLocation, useNavigate } from 'react-router';
import { OFFICE_ROLE_LABELS, type Office } from '../../../shared/domain/office';
import { OfficeFilterSelect } from '../features/exchange/OfficeFilterSelect';
import { useAutoBackup } from '../features/exchange/useAutoBackup';
import { PageErrorBoundary } from './PageErrorBoundary';
import { AppRoutes } from './routes';
import { SECTIONS } from './sections';
import { useAppStore } from './store';
import { t } from './strings';

const DRAWER = 200;

function isActive(current: string, path: string): boolean {
  return path === '/' ? current === '/' : current === path || current.startsWith(`${path}/`);
}

export function Shell({ office }: { office: Office }) {
  const location = useLocation();
  const navigate = useNavigate();
  useAutoBackup(office.code);
  const background = useAppStore((s) => s.background);
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppBar position="fixed" sx={{ zIndex: (th) => th.zIndex.drawer + 1 }}>
        <Toolbar variant="dense">
          <Typography variant="h6" sx={{ flexGrow: 1 }}>
            {t.appName}
          </Typography>
          {office.role === 'hq' && <OfficeFilterSelect />}
          {office.demo && <Chip label="示例办公室" color="warning" size="small" sx={{ mr: 1 }} />}
          <Typography variant="body2" data-testid="office-name">
            {office.name}（{OFFICE_ROLE_LABELS[office.role]}）
          </Typography>
        </Toolbar>
      </AppBar>
      <Drawer variant="permanent" sx={{ width: DRAWER, '& .MuiDrawer-paper': { width: DRAWER, boxSizing: 'border-box' } }}>
        <Toolbar variant="dense" />
        <List component="nav" aria-label="主导航">
          {SECTIONS.map((s) => (
            <ListItemButton key={s.path} selected={isActive(location.pathname, s.path)} onClick={() => navigate(s.path)}>
              <ListItemIcon sx={{ minWidth: 36 }}>{s.icon}</ListItemIcon>
              <ListItemText primary={s.label} />
            </ListItemButton>
          ))}
        </List>
      </Drawer>
      <Box component="main" sx={{ flexGrow: 1, p: 3, minWidth: 0 }}>
        <Toolbar variant="dense" />
        {/* In the page's flow, not over it: the work goes on (and stays visible) while the demo is written. */}
        {background && (
          <Box role="status" sx={{ bgcolor: 'warning.light', color: 'text.primary', px: 2, py: 0.5, mt: -1, mb: 2, borderRadius: 1 }}>
            <Typography variant="body2">{background}</Typography>
            {background.endsWith('…') && <LinearProgress color="warning" />}
          </Box>
        )}
        <PageErrorBoundary page={location.pathname}>
          <AppRoutes />
        </PageErrorBoundary>
      </Box>
    </Box>
  );
}
