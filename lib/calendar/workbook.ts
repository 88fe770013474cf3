// The cell values of the first sheet of an uploaded .xlsx, for the calendar import.
import ExcelJS from "exceljs";

export async function readFirstSheet(bytes: Uint8Array): Promise<unknown[][] | null> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer (an ArrayBuffer); Node's Buffer is what it reads.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    return null;
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return null;
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values;
    rows.push(Array.isArray(values) ? Array.from(values.slice(1), (value) => value ?? null) : []);
  });
  return rows;
}
