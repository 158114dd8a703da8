// Writes a filled DNR with another library than POI (exceljs), the way other tools write them:
// numbers stored as text with trailing spaces, a formula with its cached value, a date left as
// the spreadsheet's day number, the header row further down, an error at a known cell.
const ExcelJS = require('exceljs');
const wb = new ExcelJS.Workbook();
const ws = wb.addWorksheet('DNR');
ws.addRow(['DNR du trimestre']);
ws.addRow([]);
ws.addRow(['N° Employeur :', 'E 10000001 61']);
ws.addRow(['Trimestre', 'T3 2026']);
ws.addRow([]);
ws.addRow(['Matricule', 'NOM', 'Prénoms', 'Jours juillet', 'Salaire juillet', 'Jours août', 'Salaire août',
           'Jours septembre', 'Salaire septembre', 'Date de sortie', 'Observations']);
ws.addRow(['1000000001-90 ', 'AMEGAN ', 'Kossi', '31 ', '350000 ', 31, { formula: 'E7', result: 350000 },
           30, 350000, null, 'RAS']);
ws.addRow(['1000000002-87', 'KOUDJO', 'Afi', 31, 220000, 32, 100000, null, null, 46248]);
wb.xlsx.writeFile(process.argv[2]).then(() => console.log('ok'));
