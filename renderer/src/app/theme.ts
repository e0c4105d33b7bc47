import { createTheme } from '@mui/material/styles';
import { zhCN } from '@mui/material/locale';

export const theme = createTheme(
  {
    palette: {
      primary: { main: '#b71c1c' },
      secondary: { main: '#8d6e63' },
      background: { default: '#f7f5f2' },
    },
    typography: {
      fontFamily: '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", sans-serif',
    },
    // Buttons keep the case they are written in: 「选择 Excel 或 CSV 文件」, not 「EXCEL」.
    components: { MuiButton: { styleOverrides: { root: { textTransform: 'none' } } } },
  },
  zhCN,
);
