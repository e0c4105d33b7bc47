import { useEffect } from 'react';
import { Alert, Box, CircularProgress, CssBaseline, ThemeProvider } from '@mui/material';
import { HashRouter } from 'react-router';
import { CopiedFolderScreen } from '../features/setup/CopiedFolderScreen';
import { SetupScreen } from '../features/setup/SetupScreen';
import { Shell } from './Shell';
import { useAppStore } from './store';
import { theme } from './theme';

function Body() {
  const { info, loadError, load } = useAppStore();
  useEffect(() => {
    void load();
  }, [load]);
  if (loadError) return <Alert severity="error" sx={{ m: 4 }}>{loadError}</Alert>;
  if (!info) {
    return (
      <Box sx={{ display: 'grid', placeItems: 'center', height: '100vh' }}>
        <CircularProgress aria-label="正在加载" />
      </Box>
    );
  }
  if (info.office && info.copiedFrom) return <CopiedFolderScreen office={info.office} />;
  return info.office ? <Shell office={info.office} /> : <SetupScreen autoDemo={info.demoRequested} />;
}

export function App() {
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <HashRouter>
        <Body />
      </HashRouter>
    </ThemeProvider>
  );
}
