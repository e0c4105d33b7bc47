/**
 * The official faces (仿宋_GB2312, 方正小标宋, 黑体, 楷体, 宋体) come from the
 * system when installed (local() names, Windows and the usual Chinese font
 * packs); otherwise, and for any glyph they lack, the bundled subset of Noto
 * CJK SC under /fonts (OFL, see renderer/public/fonts/README.md). Nothing is
 * fetched from a network, and no glyph prints as a box. The official faces
 * are local() only and each stack ends in a bundled face, so each bundled
 * file is decoded once however many official faces fall back to it.
 */
const BUNDLED = { serif: "url('/fonts/cd-serif-sc.woff2') format('woff2')", sans: "url('/fonts/cd-sans-sc.woff2') format('woff2')" };

const FACES: Array<{ family: string; locals: string[] }> = [
  { family: 'CD FangSong', locals: ['FangSong_GB2312', '仿宋_GB2312', 'FangSong', '仿宋', 'STFangsong', '华文仿宋'] },
  { family: 'CD XiaoBiaoSong', locals: ['FZXiaoBiaoSong-B05S', '方正小标宋简体', 'FZXBSK--GBK1-0', '方正小标宋_GBK', '华文中宋', 'STZhongsong'] },
  { family: 'CD HeiTi', locals: ['SimHei', '黑体', 'STHeiti', '华文黑体'] },
  { family: 'CD KaiTi', locals: ['KaiTi_GB2312', '楷体_GB2312', 'KaiTi', '楷体', 'STKaiti', '华文楷体'] },
  { family: 'CD SongTi', locals: ['SimSun', '宋体', 'STSong', '华文宋体'] },
];

export const FONT_FACE_CSS = [
  ...FACES.map((f) => `@font-face{font-family:'${f.family}';src:${f.locals.map((l) => `local('${l}')`).join(',')};font-display:block}`),
  `@font-face{font-family:'CD Serif SC';src:${BUNDLED.serif};font-display:block}`,
  `@font-face{font-family:'CD Sans SC';src:${BUNDLED.sans};font-display:block}`,
].join('\n');

/** font-family values: the official face, then the bundled face for glyphs it lacks. */
export const FONT = {
  fangsong: "'CD FangSong','CD Serif SC',serif",
  title: "'CD XiaoBiaoSong','CD Serif SC',serif",
  hei: "'CD HeiTi','CD Sans SC',sans-serif",
  kai: "'CD KaiTi','CD Serif SC',serif",
  song: "'CD SongTi','CD Serif SC',serif",
} as const;

/** The bundled faces, loaded before the first job so it does not wait for them. */
export const BUNDLED_FAMILIES = ['CD Serif SC', 'CD Sans SC'] as const;
