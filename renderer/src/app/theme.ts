import { createTheme } from '@mui/material/styles';
import { zhCN } from '@mui/material/locale';

/** The bundled sans face on screen: swap, so text shows in a system face while it loads. */
export const SCREEN_FONT_FACE = "@font-face{font-family:'CD Sans SC';src:url('/fonts/cd-sans-sc.woff2') format('woff2');font-display:swap}";

export const theme = createTheme(
  {
    palette: {
      primary: { main: '#b71c1c' },
      secondary: { main: '#8d6e63' },
      background: { default: '#f7f5f2' },
    },
    typography: {
      // The system's Chinese faces first; the bundled one (renderer/public/fonts) for a machine without them and for
      // rare name characters they lack (王喆, 张珺, 𠮷田美), so a name never shows as boxes.
      fontFamily: '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "CD Sans SC", sans-serif',
    },
    // Buttons keep the case they are written in: 「选择 Excel 或 CSV 文件」, not 「EXCEL」.
    components: {
      MuiButton: { styleOverrides: { root: { textTransform: 'none' } } },
      MuiCssBaseline: { styleOverrides: SCREEN_FONT_FACE },
    },
  },
  zhCN,
);
