#!/usr/bin/python3
"""Make the bundled fonts, for print and screen (run once; the output is committed).

Subsets Debian's Noto CJK SC faces (fonts-noto-cjk, SIL OFL 1.1) to: the whole
CJK Unified Ideographs block (U+4E00-U+9FFF, which holds GB2312 and nearly all
of 通用规范汉字表), every character of 通用规范汉字表 (2013, 8,105 hanzi, read
from Unihan's kTGH field: Debian's unicode-data), every ideograph beyond the
BMP that the SC face has (CJK Ext-B to Ext-G: rare name characters such as
𠮷), ASCII, common CJK punctuation and every character of the demo names and
reference lists. Renames the families so a PDF shows when the bundled face was
used, and turns the CFF outlines into TrueType ones so Chromium embeds a real
font in PDFs.
Needs: apt-get install fonts-noto-cjk unicode-data python3-fonttools python3-brotli
Usage: /usr/bin/python3 build/fonts/make-subset.py renderer/public/fonts
"""
import bz2
import sys
from pathlib import Path
from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable

SRC = Path('/usr/share/fonts/opentype/noto')
UNIHAN_OTHER = Path('/usr/share/unicode/Unihan_OtherMappings.txt.bz2')
FACES = [
    # (collection, output file, family name)
    ('NotoSerifCJK-Regular.ttc', 'cd-serif-sc.woff2', 'CD Serif SC'),
    ('NotoSansCJK-Regular.ttc', 'cd-sans-sc.woff2', 'CD Sans SC'),
]
EXTRA = '—–·・“”‘’…、。，；：？！（）《》〈〉【】「」『』〔〕×÷±≤≥℃№○〇　─│'


def tongyong_guifan() -> set:
    """通用规范汉字表 (2013): the characters Unihan gives a kTGH position."""
    chars = set()
    with bz2.open(UNIHAN_OTHER, 'rt', encoding='utf-8') as f:
        for line in f:
            parts = line.split('\t')
            if len(parts) >= 2 and parts[1] == 'kTGH':
                chars.add(chr(int(parts[0][2:], 16)))
    if len(chars) != 8105:
        raise SystemExit(f'expected 8,105 characters of 通用规范汉字表 in {UNIHAN_OTHER}, found {len(chars)}')
    return chars


def supplementary_ideographs() -> set:
    """The ideographs beyond the BMP (Ext-B onwards) that the SC face maps."""
    cmap = TTCollection(str(SRC / FACES[1][0])).fonts[2].getBestCmap()
    return {chr(c) for c in cmap if 0x20000 <= c <= 0x3FFFF}


def charset() -> str:
    chars = {chr(c) for c in range(0x20, 0x7F)} | set(EXTRA)
    chars |= {chr(c) for c in range(0x4E00, 0xA000)}
    chars |= tongyong_guifan() | supplementary_ideographs()
    for b1 in range(0xA1, 0xF8):
        for b2 in range(0xA1, 0xFF):
            try:
                chars.add(bytes([b1, b2]).decode('gb2312'))
            except UnicodeDecodeError:
                pass
    repo = Path(__file__).resolve().parents[2]
    for f in ('shared/demo/names.ts', 'shared/demo/generator.ts', 'shared/domain/reflist.ts'):
        p = repo / f
        if p.exists():
            chars |= {ch for ch in p.read_text(encoding='utf-8') if ord(ch) > 0x2E80}
    return ''.join(sorted(chars))


def cff_to_glyf(font) -> None:
    """CFF outlines to TrueType quadratics: Chromium's PDF writer (Skia) embeds
    TrueType faces as real CID fonts, but turns CFF web fonts into Type 3 glyphs."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable('glyf')
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font['glyf'] = glyf
    font['loca'] = newTable('loca')
    del font['CFF ']
    if 'VORG' in font:
        del font['VORG']
    font['maxp'].tableVersion = 0x00010000
    for attr in ('maxZones', 'maxTwilightPoints', 'maxStorage', 'maxFunctionDefs', 'maxInstructionDefs',
                 'maxStackElements', 'maxSizeOfInstructions', 'maxComponentElements'):
        setattr(font['maxp'], attr, 0)
    font['maxp'].maxZones = 1
    font['maxp'].maxComponentDepth = 0
    font['head'].glyphDataFormat = 0
    font['post'].formatType = 3.0
    font.sfntVersion = '\x00\x01\x00\x00'


def main(out_dir: str) -> None:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    text = charset()
    for ttc, name, family in FACES:
        font = TTCollection(str(SRC / ttc)).fonts[2]  # index 2 = the SC (Simplified Chinese) face
        opts = subset.Options()
        opts.flavor = 'woff2'
        opts.hinting = False
        opts.layout_features = ['kern', 'palt', 'halt', 'vert', 'vrt2']
        opts.name_IDs = ['*']
        sub = subset.Subsetter(opts)
        sub.populate(text=text)
        sub.subset(font)
        ps = family.replace(' ', '') + '-Regular'
        for rec in font['name'].names:
            if rec.nameID in (1, 16):
                rec.string = family
            elif rec.nameID in (4,):
                rec.string = family + ' Regular'
            elif rec.nameID in (6,):
                rec.string = ps
            elif rec.nameID == 3:
                rec.string = ps + ';committee-desk-subset'
        cff_to_glyf(font)
        font.flavor = 'woff2'
        font.save(str(out / name))
        print(f'{name}: {len(text)} characters, {(out / name).stat().st_size // 1024} KiB')


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else 'renderer/public/fonts')
