import { describe, expect, it } from "vitest";
import { readSections } from "../../../src/domain/report-reading/report-sections.js";

const sections = (lines: string[]) => readSections(lines).texts;

describe("the text sections of a report", () => {
  it("keeps a section's numbered parts until the next section, the numbering as written", () => {
    expect(
      sections([
        "II. KẾT QUẢ THỰC HIỆN",
        "1. Công tác tuyên truyền",
        "a) Tổ chức 12 hội nghị.",
        "+ Trong đó 3 hội nghị ở cơ sở.",
        "2. Công tác tổ chức",
        "- Kết nạp hội viên.",
        "III. Khó khăn, vướng mắc",
        "Kinh phí còn ít.",
      ]),
    ).toEqual({
      highlights: {
        heading: "II. KẾT QUẢ THỰC HIỆN",
        text: "1. Công tác tuyên truyền\na) Tổ chức 12 hội nghị.\n+ Trong đó 3 hội nghị ở cơ sở.\n2. Công tác tổ chức\n- Kết nạp hội viên.",
      },
      limitations: { heading: "III. Khó khăn, vướng mắc", text: "Kinh phí còn ít." },
    });
  });

  it("reads headings typed without diacritics and headings with their text after a colon", () => {
    expect(
      sections([
        "Ket qua noi bat: to chuc 5 lop tap huan.",
        "Han che: kinh phi con it.",
        "Kiến nghị: đề nghị hỗ trợ vốn.",
        "Nhiem vu quy toi: phat trien hoi vien.",
      ]),
    ).toEqual({
      highlights: { heading: "Ket qua noi bat: to chuc 5 lop tap huan.", text: "to chuc 5 lop tap huan." },
      limitations: { heading: "Han che: kinh phi con it.", text: "kinh phi con it." },
      proposals: { heading: "Kiến nghị: đề nghị hỗ trợ vốn.", text: "đề nghị hỗ trợ vốn." },
      next_tasks: { heading: "Nhiem vu quy toi: phat trien hoi vien.", text: "phat trien hoi vien." },
    });
  });

  it("ends a section at another part of the same depth, and the last at the signature", () => {
    expect(
      sections([
        "I. ĐÁNH GIÁ CHUNG",
        "1. Ưu điểm",
        "Hoàn thành các chỉ tiêu.",
        "2. Hạn chế",
        "Sinh hoạt chưa đều.",
        "II. CÔNG TÁC KIỂM TRA",
        "Kiểm tra 4 chi hội.",
        "III. PHƯƠNG HƯỚNG NHIỆM VỤ QUÝ I NĂM 2024",
        "Tổng kết năm.",
        "Nơi nhận:",
        "- Như trên;",
      ]),
    ).toEqual({
      highlights: { heading: "1. Ưu điểm", text: "Hoàn thành các chỉ tiêu." },
      limitations: { heading: "2. Hạn chế", text: "Sinh hoạt chưa đều." },
      next_tasks: { heading: "III. PHƯƠNG HƯỚNG NHIỆM VỤ QUÝ I NĂM 2024", text: "Tổng kết năm." },
    });
  });

  it("joins a section met twice, and takes no sentence of prose for a heading", () => {
    expect(
      sections([
        "1. Hạn chế",
        "Kinh phí còn ít.",
        "Khó khăn lớn nhất là thiếu cán bộ chuyên trách ở cơ sở.",
        "2. Khó khăn, vướng mắc",
        "Giá vật tư tăng.",
      ]),
    ).toEqual({
      limitations: {
        heading: "1. Hạn chế",
        text: "Kinh phí còn ít.\nKhó khăn lớn nhất là thiếu cán bộ chuyên trách ở cơ sở.\n2. Khó khăn, vướng mắc\nGiá vật tư tăng.",
      },
    });
  });

  it("takes the line after BÁO CÁO for the title, not a section", () => {
    expect(sections(["BÁO CÁO", "Kết quả công tác quý III năm 2024", "Trong quý, Hội kết nạp 12 hội viên."])).toEqual({});
  });

  it("reads the parts of a long report headed PHẦN I., PHẦN II.", () => {
    expect(
      sections([
        "PHẦN I. KẾT QUẢ HOẠT ĐỘNG QUÝ I/2025",
        "Tặng 1.530 suất quà.",
        "PHẦN II. NHỮNG TỒN TẠI, HẠN CHẾ",
        "+ Tỷ lệ tập hợp còn thấp.",
        "Phần thứ ba: Nhiệm vụ trọng tâm quý II/2025",
        "- Triển khai Đề án.",
        "Phần lớn chi hội sinh hoạt đều.",
      ]),
    ).toEqual({
      highlights: { heading: "PHẦN I. KẾT QUẢ HOẠT ĐỘNG QUÝ I/2025", text: "Tặng 1.530 suất quà." },
      limitations: { heading: "PHẦN II. NHỮNG TỒN TẠI, HẠN CHẾ", text: "+ Tỷ lệ tập hợp còn thấp." },
      next_tasks: {
        heading: "Phần thứ ba: Nhiệm vụ trọng tâm quý II/2025",
        text: "- Triển khai Đề án.\nPhần lớn chi hội sinh hoạt đều.",
      },
    });
  });

  it("takes a line of 'Kết quả …:' right before a table for the table's caption, not a section", () => {
    expect(
      sections([
        "3. Xây dựng tổ chức Đoàn",
        "Kết quả xây dựng tổ chức Đoàn trong quý:",
        "Kết nạp đoàn viên mới\t14",
        "4. Hạn chế",
        "Thanh niên đi làm ăn xa.",
      ]),
    ).toEqual({ limitations: { heading: "4. Hạn chế", text: "Thanh niên đi làm ăn xa." } });
  });

  it("reads the limitations after a sentence that leads into them on its own line", () => {
    const lead = "Bên cạnh những kết quả đạt được, công tác Hội còn một số hạn chế: việc tập hợp nông dân trẻ còn khó khăn.";
    expect(sections(["Trong quý, Hội kết nạp 12 hội viên.", lead, "Một số chi hội sinh hoạt chưa đều."])).toEqual({
      limitations: { heading: lead, text: "việc tập hợp nông dân trẻ còn khó khăn.\nMột số chi hội sinh hoạt chưa đều." },
    });
  });
});
