// The official document layout of GB/T 9704-2012 (党政机关公文格式), defined once. The .docx
// writer and the print view / PDF both read their measures from here, so the two never drift.

/** Paper and text block, in millimetres. */
export const PAGE = {
  width: 210,
  height: 297,
  /** 天头 (top margin), 37 mm ± 1. */
  top: 37,
  /** 订口 (binding margin, left), 28 mm ± 1. */
  left: 28,
  /** 版心 (text block) 156 × 225 mm. */
  textWidth: 156,
  textHeight: 225,
} as const;

/** The remaining margins follow from paper and text block: 26 mm right, 35 mm bottom. */
export const MARGIN = {
  top: PAGE.top,
  left: PAGE.left,
  right: PAGE.width - PAGE.left - PAGE.textWidth,
  bottom: PAGE.height - PAGE.top - PAGE.textHeight,
} as const;

/** A landscape page (a wide table as an attachment): the same text block, turned. */
export const LANDSCAPE_MARGIN = { top: MARGIN.left, bottom: MARGIN.right, left: MARGIN.top, right: MARGIN.bottom } as const;

/** 22 lines of 28 characters in 3号 type. */
export const GRID = { lines: 22, chars: 28 } as const;

/** Chinese type sizes (字号) in points. */
export const SIZE = {
  chuhao: 42,
  xiaochu: 36,
  yihao: 26,
  erhao: 22,
  sanhao: 16,
  sihao: 14,
  xiaosi: 12,
  wuhao: 10.5,
  xiaowu: 9,
} as const;

/** 发文机关标志, 版头 rule and the colophon's lines. */
export const RED = "FF0000";
export const RULES = {
  /** The red rule under the 发文字号: 4 mm below it, as wide as the text block. */
  redRuleGapMm: 4,
  redRuleWidthMm: 0.5,
  /** 版记 lines: first and last 0.35 mm, the ones between 0.25 mm. */
  colophonOuterMm: 0.35,
  colophonInnerMm: 0.25,
  /** Page numbers: the 一字线 7 mm below the text block. */
  pageNumberGapMm: 7,
} as const;

export type FontRole = "xiaobiaosong" | "fangsong" | "heiti" | "kaiti" | "songti";

/**
 * The fonts offices have, in order, then the Noto CJK fonts the product itself renders with on
 * a server (Debian's fonts-noto-cjk; fonts-arphic-ukai adds a real 楷体 where installed).
 * `docx` is the name written into Word runs and `docxAlt` the substitute Word and WPS use when
 * the first is missing (w:altName in the font table).
 */
export const FONTS: Record<FontRole, { docx: string; docxAlt: string; local: string[]; fallback: string[] }> = {
  xiaobiaosong: {
    docx: "方正小标宋简体",
    docxAlt: "宋体",
    local: ["方正小标宋简体", "FZXiaoBiaoSong-B05S", "FZXBSJW--GB1-0", "方正小标宋_GBK", "华文中宋", "STZhongsong"],
    // Noto Serif's bold face is the closest free match to the heavy 小标宋.
    fallback: ["Noto Serif CJK SC Bold", "NotoSerifCJKsc-Bold", "Noto Serif SC Bold"],
  },
  fangsong: {
    docx: "仿宋_GB2312",
    docxAlt: "仿宋",
    local: ["仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", "华文仿宋"],
    fallback: ["Noto Serif CJK SC", "NotoSerifCJKsc-Regular", "Noto Serif SC"],
  },
  heiti: {
    docx: "黑体",
    docxAlt: "SimHei",
    local: ["黑体", "SimHei", "STHeiti", "华文黑体"],
    fallback: ["Noto Sans CJK SC Bold", "NotoSansCJKsc-Bold", "Noto Sans CJK SC", "NotoSansCJKsc-Regular"],
  },
  kaiti: {
    docx: "楷体_GB2312",
    docxAlt: "楷体",
    local: ["楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "STKaiti", "华文楷体", "AR PL UKai CN"],
    fallback: ["Noto Serif CJK SC", "NotoSerifCJKsc-Regular"],
  },
  songti: {
    docx: "宋体",
    docxAlt: "SimSun",
    local: ["宋体", "SimSun", "STSong", "华文宋体"],
    fallback: ["Noto Serif CJK SC", "NotoSerifCJKsc-Regular"],
  },
};

/** Latin letters and digits of the body: Times New Roman where present. */
export const LATIN_FONT = "Times New Roman";

// ───────────── derived measures ─────────────

export const TWIPS_PER_MM = 1440 / 25.4;
export const twips = (mm: number) => Math.round(mm * TWIPS_PER_MM);
/** Half-points, the unit of w:sz. */
export const halfPoints = (pt: number) => Math.round(pt * 2);
export const PT_PER_MM = 72 / 25.4;

/** One line of the grid: 225 mm / 22 = 10.227 mm = 28.99 pt (579 twips, Word's usual 28.95 pt). */
export const LINE_PITCH_TWIPS = Math.floor(twips(PAGE.textHeight) / GRID.lines);
export const LINE_PITCH_PT = LINE_PITCH_TWIPS / 20;

/** One character of the grid: 156 mm / 28 = 15.79 pt, a little under the 16 pt of 3号 type. */
export const CHAR_PITCH_PT = (PAGE.textWidth * PT_PER_MM) / GRID.chars;

/**
 * w:docGrid charSpace: the difference between the grid's character pitch and the default font
 * size, in 1/4096 of a point (−849 for 28 characters of 3号 type on a 156 mm line).
 */
export const DOC_GRID_CHAR_SPACE = Math.round((CHAR_PITCH_PT - SIZE.sanhao) * 4096);

/** CSS letter-spacing that gives 28 characters of 3号 type per 156 mm line. */
export const BODY_LETTER_SPACING_PT = Math.round((CHAR_PITCH_PT - SIZE.sanhao) * 1000) / 1000;
