import { pinyin } from 'pinyin-pro';

/**
 * Sort key for a Chinese name: toneless pinyin read as a surname, syllables
 * joined by spaces, then the name itself to keep homophones apart.
 * 单 sorts under shan, 曾 under zeng.
 */
export function memberSortKey(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) return '';
  const py = pinyin(trimmed, { toneType: 'none', mode: 'surname', type: 'array', v: true }).join(' ').toLowerCase();
  return `${py}\u0000${trimmed}`;
}
