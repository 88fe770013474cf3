import { defineMessages } from "../define";

// Uploads: what the browser says before a file is sent, and the workbook limits of the plan
// import (lib/plan/workbook-limits.ts).
export default defineMessages(
  {
    files: {
      tooLarge: "{name}：文件不能超过 {max} MB",
      totalTooLarge: "所选文件合计 {total} MB，一次最多提交 {max} MB：请减少文件后再提交",
      tooMany: "最多上传 {max} 个附件",
      notSent: "以上文件未上传，请重新选择。",
      uploading: "正在上传附件，还有 {count} 个待上传",
      workbook: {
        unreadable: "无法读取该文件，请上传 Excel（.xlsx）文件",
        tooManyEntries: "文件内部包含 {count} 个部件（最多 {max} 个），不像是正常的 Excel 文件",
        tooLarge: "文件解压后超过 {max} MB，无法导入：请删除多余的工作表、图片或格式后重试",
        tooManyRows: "工作表「{sheet}」超过 {max} 行：请删除多余的行或分批导入",
        tooManyColumns: "工作表「{sheet}」超过 {max} 列：请删除多余的列",
        tooManyCells: "文件中的单元格超过 {max} 个：请删除多余的内容后重试",
        tooManyElements: "文件结构过于复杂（超过 {max} 个元素），无法导入：请另存为新的工作簿或删除多余的格式后重试",
        rangeTooLarge: "工作表「{sheet}」中的合并单元格、数据验证或名称覆盖的单元格超过 {max} 个：请缩小这些范围后重试",
      },
    },
  },
  {
    files: {
      tooLarge: "{name}: files may be at most {max} MB",
      totalTooLarge: "The chosen files add up to {total} MB; one submission carries at most {max} MB: choose fewer files",
      tooMany: "At most {max} attachments",
      notSent: "These files were not uploaded; choose them again.",
      uploading: "Uploading attachments: {count} still to go",
      workbook: {
        unreadable: "Cannot read this file; upload an Excel (.xlsx) file",
        tooManyEntries: "The file holds {count} parts (at most {max}); it does not look like an ordinary Excel file",
        tooLarge: "The file is over {max} MB once unpacked and cannot be imported: remove extra sheets, images or formatting and try again",
        tooManyRows: "Sheet “{sheet}” has more than {max} rows: delete the extra rows or import in parts",
        tooManyColumns: "Sheet “{sheet}” has more than {max} columns: delete the extra columns",
        tooManyCells: "The file has more than {max} cells: delete what is not needed and try again",
        tooManyElements: "The file is too complex to import (over {max} elements): save it as a new workbook or remove extra formatting and try again",
        rangeTooLarge: "Merged cells, data validations or names in sheet “{sheet}” cover more than {max} cells: make them smaller and try again",
      },
    },
  },
);
