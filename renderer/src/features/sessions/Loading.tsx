import { Box, CircularProgress } from '@mui/material';

/** While a page's records are read (they may wait behind a large write, e.g. the demo's attendance). */
export function Loading() {
  return (
    <Box sx={{ display: 'grid', placeItems: 'center', height: 240 }}>
      <CircularProgress aria-label="正在加载" />
    </Box>
  );
}
