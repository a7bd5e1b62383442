#!/usr/bin/env python3
"""Generates the bundled sample assessment (xã Hiền Thành, 6 tháng đầu năm 2023) from the bundled commune set.

The rows come from the appendix of Công văn số 103/UBND ngày 06/9/2023 of UBND xã Hiền Thành (see
../shared/seeds/003 in the project workspace). Every leaf the appendix does not list gets full points for the self
score and the appraisal, except the criteria that are only assessed at the end of the year (marked not applicable,
16,5 points in total), so that the self total is the 77,00 printed in the source.

Run from the repository root:  python3 scripts/generate-hien-thanh-sample.py
"""
import json
import uuid
from decimal import Decimal
from pathlib import Path

BUNDLED = Path("src/main/resources/vn/cchc/workbook/bundled")
CRITERIA = BUNDLED / "criteria" / "mau-xa.json"
OUTPUT = BUNDLED / "samples" / "hien-thanh-6t-2023.json"
DEADLINE = "2023-10-31"  # "yêu cầu hoàn thành trước ngày 31/10/2023"

DEPARTMENTS = [
    ("vp-tk", "Công chức Văn phòng - Thống kê"),
    ("tp-ht", "Công chức Tư pháp - Hộ tịch"),
    ("vh-xh", "Công chức Văn hóa - Xã hội"),
    ("tc-kt", "Công chức Tài chính - Kế toán"),
    ("bp-tn-tkq", "Bộ phận Tiếp nhận và Trả kết quả"),
    ("cong-an", "Công an xã"),
    ("dai-tt", "Đài truyền thanh xã"),
    ("cbcc", "Cán bộ, công chức xã"),
]

# Criteria assessed only at the end of the year: "chưa đánh giá" at half-year (16,5 points).
NOT_APPLICABLE = ["1.3.3", "2.4.2", "2.4.3", "2.5", "5.2", "5.3", "6.2", "8"]

BP_REMEDY = "Giao cho Công chức chuyên môn ở bộ phận tiếp nhận và trả kết quả thực hiện trong 6 tháng cuối năm"


def points(p):
    return {"kind": "points", "points": p}


def level(i):
    return {"kind": "level", "level": i}


def ratio(total, achieved):
    return {"kind": "ratio", "total": total, "achieved": achieved}


def violations(n):
    return {"kind": "violations", "count": n}


def evidence(number, date, summary):
    doc = {"number": number, "summary": summary}
    if date:
        doc["date"] = date
    return doc


# code -> (self input, appraisal input, opinion, responsible department ids, remedy measure, evidence)
APPENDIX = {
    "1.1.3": (ratio(30, 30), ratio(30, 21),
              "- Tổng số nhiệm vụ đơn vị đề ra trong Kế hoạch năm là 30 nhiệm vụ.\n"
              "- Đơn vị đã thể hiện được sản phẩm đã hoàn thành trong 6 tháng đầu năm. Tuy nhiên cần phải xác định "
              "nhiệm vụ cần hoàn thành trong 6 tháng là bao nhiêu nhiệm vụ trên tổng số 30 nhiệm vụ để có thể tính "
              "được % mức độ thực hiện của kế hoạch (khắc phục đánh giá 6 tháng các năm tiếp theo)",
              ["vp-tk"], "Giao CC Văn phòng – Thống kê phụ trách CCHC khắc phục đánh giá 6 tháng cuối năm", []),
    "1.4.1": (level(0), level(1),
              "- Đơn vị có ban hành Kế hoạch tuyên truyền CCHC (kế hoạch xây dựng cụ thể, xác định rõ kết quả/sản "
              "phẩm đầu ra, rõ trách nhiệm triển khai, chi tiết một thời gian hoàn thành trong năm); Tổng số nhiệm "
              "vụ đơn vị đề ra trong Kế hoạch năm là 09 nhiệm vụ.\n"
              "Tuy nhiên Đơn vị chưa thống kê được đã hoàn thành bao nhiêu nhiệm vụ, chưa thể hiện được sản phẩm đã "
              "hoàn thành trong 6 tháng 09 nhiệm vụ được ban hành kèm theo Kế hoạch số 30/KH-UBND về tuyên truyền "
              "CCHC. Báo cáo 6 tháng về tuyên truyền CCHC của đơn vị chủ yếu là các số liệu huyện yêu cầu cung cấp "
              "cho báo cáo của huyện, do đó không thể hiện việc thực hiện nhiệm vụ của đơn vị. Cần bám sát các nội "
              "dung các kế hoạch của huyện để xây dựng, ban hành kế hoạch tại xã phù hợp nhằm triển khai các nhiệm "
              "vụ của huyện.",
              ["vh-xh"],
              "Giao CC Văn hoá – xã hội bám sát kế hoạch tuyên truyền CCHC để xác định các nhiệm vụ đã hoàn thành "
              "bao nhiêu % so với kế hoạch đã đề ra",
              [evidence("30/KH-UBND", None, "Kế hoạch tuyên truyền cải cách hành chính năm 2023 của UBND xã Hiền Thành")]),
    "1.4.2": (points(2), points(1),
              "- Trên trang thông tin điện tử của xã có thực hiện đăng các tin bài về CCHC. Đề nghị đơn vị xây dựng "
              "nhiều tin, bài về CCHC hơn. đặc biệt về CC thủ tục HC để người dân, doanh nghiệp trên địa bàn được "
              "tiếp cận\n"
              "- Chưa có hình thức tuyên truyền mới như: Tổ chức cuộc thi tìm hiểu về CCHC; tọa đàm về CCHC; sân "
              "khấu hóa, hoặc các hình thức tuyên truyền mới, sáng tạo khác",
              ["vh-xh"],
              "Giao CC Văn hoá –Xã hội phối hợp với CC Văn phòng – Thống kê phụ trách CCHC để xây dựng nhiều tin bài "
              "về CCHC", []),
    "1.5.1": (violations(2), violations(2),
              "Đơn vị có 02 nhiệm vụ được giao hoàn thành chậm so với quy định. (Báo cáo số 52/BC-VP ngày 28/6/2023 "
              "của Văn phòng HĐND&UBND huyện về Kết quả rà soát tình hình thực hiện các nội dung chỉ đạo của Lãnh "
              "đạo UBND huyện thực hiện tháng 6 và 6 tháng đầu năm 2023)",
              ["cbcc"],
              # The appendix names only "Cán bộ, công chức"; the measure is the letter's own for this finding.
              "Không để phát sinh chậm nộp báo cáo làm ảnh hưởng đến công việc chỉ đạo, điều hành của UBND huyện và "
              "chỉ số CCHC của xã.",
              [evidence("52/BC-VP", "2023-06-28",
                        "Báo cáo của Văn phòng HĐND&UBND huyện về Kết quả rà soát tình hình thực hiện các nội dung chỉ "
                        "đạo của Lãnh đạo UBND huyện thực hiện tháng 6 và 6 tháng đầu năm 2023")]),
    "1.5.3": (points(1), points(0.5),
              "Đơn vị có xây dựng Báo cáo về việc đánh giá các chỉ số CCHC năm 2022 đã công bố. Tổ chức đánh giá và "
              "khắc phục các tồn tại, hạn chế bị mất điểm. Đơn vị có báo cáo các hạn chế, tồn tại và giải pháp khắc "
              "phục trong công tác CCHC (BC số 10/BC-UBND ngày 20/02/2023 của UBND xã). Tuy nhiên chưa có kết quả "
              "khắc phục được thể hiện trong 6 tháng đầu năm 2023. Đề nghị đơn vị bổ sung kết quả khắc phục cụ thể "
              "(xác định bao nhiêu nội dung cần khắc phục, kết quả khắc phục thể hiện ra sao) (có thể lồng ghép "
              "BCCHC) trong kỳ chấm của năm.",
              ["vp-tk"], "Giao CC Văn phòng – Thống kê phụ trách CCHC sẽ khắc phục vào 6 tháng cuối năm",
              [evidence("10/BC-UBND", "2023-02-20",
                        "Báo cáo của UBND xã về các hạn chế, tồn tại và giải pháp khắc phục trong công tác CCHC")]),
    "1.5.4": (points(0.5), points(0.5),
              "Bổ sung Quyết định công nhận sáng kiến của HĐ chấm sáng kiến của cơ sở. Đề nghị đơn vị tham gia đề "
              "xuất các sáng kiến về CCHC nhằm nâng cao chỉ số CCHC của huyện trong 6 tháng cuối năm.",
              ["cbcc"],
              # The appendix names only "Cán bộ, công chức"; the measure is the letter's own (part 2).
              "Nghiên cứu, đề xuất các sáng kiến, giải pháp trong công tác cải cách hành chính.", []),
    "1.7": (level(2), level(2),
            "Trong 6 tháng cuối năm 2023, đề nghị đơn vị tổ chức ít nhất 02 diễn đàn/đối thoại trực tiếp hoặc trực "
            "tuyến giữa lãnh đạo UBND cấp xã với người dân, doanh nghiệp (phải theo chuyên đề, không tính các cuộc "
            "tiếp công dân và tiếp xúc cử tri định kỳ, thuộc nhiều lĩnh vực, k nhất thiết chỉ riêng trong lĩnh vực "
            "CCHC);\n"
            "- Chỉ đạo giải quyết những kiến nghị, đề xuất của người dân, doanh nghiệp tại các cuộc đối thoại/diễn "
            "đàn;\n"
            "- Kết quả xử lý, giải quyết (trực tiếp xử lý giải quyết hoặc kiến nghị cấp có thẩm quyền xử lý, giải "
            "quyết) những kiến nghị, đề xuất của người dân, doanh nghiệp.\n"
            "Tài liệu Kiểm chứng: Kế hoạch tổ chức diễn đàn, Giấy mời/thông báo, Báo cáo kết quả xử lý các kiến "
            "nghị, đề xuất của người dân, doanh nghiệp.",
            ["cong-an", "tp-ht"],
            "Giao cho Công an xã và công chức Tư pháp – Hộ tịch tham mưu tổ chức hai cuộc đối thoại giữa đồng chí "
            "chủ tịch với nhân dân.", []),
    "3.5.2": (level(0), level(2),
              "Đơn vị không cung cấp tài liệu kiểm chứng về thực hiện nội dung quy định công khai xin lỗi trong giải "
              "quyết TTHC (ban hành kèm theo quyết định số 30/2020/QĐ-UBND ngày 08/12/2020 của UBND tỉnh) gắn với "
              "quy chế làm việc và quy chế thi đua khen thưởng của xã (đề nghị bổ sung đầy đủ trong năm)",
              ["vp-tk"],
              "Giao cho công chức Văn phòng – Thống kê phụ trách HĐND và UBND; Thi đua khen thưởng bổ sung sửa đổi "
              "các quy chế.", []),
    "3.11.1": (ratio(739, 164), ratio(739, 164),
               "Tỷ lệ HS giải quyết TTHC được luân chuyển trong nội bộ, tính theo công thức b/a=164/739=0,22<0,7 nên "
               "đạt 0 điểm",
               ["bp-tn-tkq"], BP_REMEDY, []),
    "3.12": (None, None, "", ["bp-tn-tkq"], BP_REMEDY, []),
    "3.12.1": (level(2), level(2), "Đồng ý", ["bp-tn-tkq"], BP_REMEDY, []),
    "3.12.2": (level(2), level(2), "Đồng ý", ["bp-tn-tkq"], BP_REMEDY, []),
    "3.13": (None, None, "", ["bp-tn-tkq"], BP_REMEDY, []),
    "3.13.2": (ratio(16, 16), ratio(16, 11),
               "Tỷ lệ DVCTT có phát sinh hồ sơ trực tuyến b/a=11/16=0.69",
               ["bp-tn-tkq"], BP_REMEDY, []),
    "3.13.3": (ratio(637, 637), ratio(637, 408),
               "Tỷ lệ hồ sơ DVCTT b/a=408/637=0,64, số điểm là 0,64*1=0,64 điểm",
               ["bp-tn-tkq"], BP_REMEDY, []),
}


def full_points(node):
    """The input that gives a leaf its maximum: a = b for ratios (the source gives only the points)."""
    rule = node["rule"]
    kind = rule["kind"]
    if kind in ("manual", "given"):
        return points(node["maxPoints"])
    if kind == "levels":
        best = max(range(len(rule["levels"])), key=lambda i: Decimal(str(rule["levels"][i]["points"])))
        return level(best)
    if kind == "ratio":
        return ratio(1, 1)
    if kind == "deductions":
        return violations(0)
    raise ValueError(kind)


def preorder(nodes):
    for node in nodes:
        yield node
        yield from preorder(node.get("children", []))


def main():
    criteria_text = CRITERIA.read_text(encoding="utf-8")
    criteria = json.loads(criteria_text)
    by_name = {name: dept_id for dept_id, name in DEPARTMENTS}
    entries = []
    for node in preorder(criteria["nodes"]):
        code = node["code"]
        leaf = "children" not in node
        entry = {"code": code}
        if code in NOT_APPLICABLE:
            entry["notApplicable"] = True
        if code in APPENDIX:
            self_input, appraisal, opinion, responsible, measure, docs = APPENDIX[code]
            if self_input is not None:
                entry["self"] = self_input
                entry["firstAppraisal"] = appraisal
            if opinion:
                entry["appraisalOpinion"] = opinion
            if docs:
                entry["evidence"] = docs
            entry["responsibilities"] = [{"department": d, "points": None} for d in responsible]
            entry["remedy"] = {"measure": measure, "deadline": DEADLINE, "status": "chua-thuc-hien"}
        elif leaf:
            if not under_not_applicable(code):
                entry["self"] = full_points(node)
                entry["firstAppraisal"] = full_points(node)
            entry["responsibilities"] = [{"department": by_name[node["defaultDepartment"]], "points": None}]
        if len(entry) > 1:
            entries.append(entry)
    assessment = {
        "format": "cchc-assessment",
        "formatVersion": 1,
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, "cchc-workbook:sample:hien-thanh:6t-2023")),
        "unit": {"name": "Hiền Thành", "level": "xa", "parentAuthority": "UBND huyện Vĩnh Linh",
                 "placeName": "Hiền Thành"},
        "period": {"kind": "6-thang-dau-nam", "text": ""},
        "year": 2023,
        "locked": False,
        "criteria": criteria,
        "departments": [{"id": d, "name": n} for d, n in DEPARTMENTS],
        "entries": entries,
    }
    with OUTPUT.open("w", encoding="utf-8") as out:
        json.dump(assessment, out, ensure_ascii=False, indent=2)
        out.write("\n")


def under_not_applicable(code):
    return any(code == na or code.startswith(na + ".") for na in NOT_APPLICABLE)


if __name__ == "__main__":
    main()
