import { parseNumber } from "../../src/domain/numbers/parse-number.js";
import { parseQuestion } from "../../src/domain/questions/parse-question.js";
import { round } from "./machine.js";

const FIGURES = [
  "18.406",
  "1 290",
  "mười nghìn",
  "hai nghìn một trăm mười lăm",
  "2,5 tỷ",
  "1tr5",
  "khoảng 500 người",
  "abc",
  "100,000",
  "2.5",
];
const QUESTIONS = [
  "kết quả quý IV",
  "ket qua quy 4 nam 2023",
  "Hội Nông dân quý IV",
  "Quỹ vì người nghèo quý 4",
  "ai chưa nộp",
  "so sánh quý IV với quý III",
];

const organisations = [
  { id: "MTTQ", names: ["Ủy ban MTTQ Việt Nam tỉnh", "MTTQ", "mặt trận"] },
  { id: "DOAN", names: ["Tỉnh đoàn", "đoàn thanh niên", "đoàn"] },
  { id: "PN", names: ["Hội Liên hiệp Phụ nữ tỉnh", "hội phụ nữ"] },
  { id: "ND", names: ["Hội Nông dân tỉnh", "hnd"] },
  { id: "CCB", names: ["Hội Cựu chiến binh tỉnh", "ccb"] },
  { id: "LDLD", names: ["Liên đoàn Lao động tỉnh", "lđlđ", "công đoàn"] },
];
const indicators = Array.from({ length: 12 }, (_, index) => ({ id: `I${index}`, names: [`Chỉ tiêu số ${index} về hội viên mới`] })).concat([
  { id: "QUY_VNN", names: ["Vận động Quỹ Vì người nghèo"] },
]);

/** Microseconds per call of `run` over `inputs`, after a warm-up. */
function microsPerCall(inputs: readonly string[], run: (input: string) => unknown, rounds: number): number {
  for (let index = 0; index < 200; index += 1) run(inputs[index % inputs.length] as string);
  const start = process.hrtime.bigint();
  for (let index = 0; index < rounds; index += 1) run(inputs[index % inputs.length] as string);
  return Number(process.hrtime.bigint() - start) / 1000 / rounds;
}

/** Language core throughput: figures and questions per message, target under 50 µs. */
export function measureLanguage() {
  const now = new Date("2023-12-10T03:00:00Z");
  return [
    {
      measure: "parse_number_us_per_message",
      value: round(microsPerCall(FIGURES, (input) => parseNumber(input, { unit: "người", integer: true }), 20_000)),
      target: "< 50",
    },
    {
      measure: "parse_question_us_per_message",
      value: round(microsPerCall(QUESTIONS, (input) => parseQuestion(input, { now, organisations, indicators }), 5_000)),
      target: "< 200",
      note: "6 organisations, 13 indicators; a question also costs a database read of several ms",
    },
  ];
}
