#!/usr/bin/env python3
"""Derives the bundled 2025 sample criteria sets from the 2023 ones (run from the repository root).

mau-xa-2025.json: the commune set re-issued for the two-tier structure (xã, phường, đặc khu report to the
province; the province's Sở Nội vụ appraises), with per-item and percentage-level rules and the "Điểm cộng" and
"Điểm bị trừ" groups outside the 100. mau-so-2025.json: a set for provincial departments (sở, ban, ngành) written
from the district set's structure (the national framework scores both with the same seven fields), with every
district-only criterion rewritten for a department. Both are samples, named so, to be replaced by the province's
own set. The output is checked by BundledCriteriaSetsTest; edit this script, not the JSON, and run it again.
"""
import copy
import json
import re
from pathlib import Path

FOLDER = Path("src/main/resources/vn/cchc/workbook/bundled/criteria")
VERSION = "Mẫu 2025 - thay bằng bộ tiêu chí do UBND tỉnh ban hành"


def walk(node, visit):
    visit(node)
    for child in node.get("children", []):
        walk(child, visit)


def replace_texts(node, pairs):
    for key in ("title", "guidance", "evidence"):
        if key in node:
            text = node[key]
            for old, new in pairs:
                text = re.sub(old, new, text)
            node[key] = text


def write(data, name):
    (FOLDER / name).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# --- xã, phường, đặc khu (2025) -------------------------------------------------------------------------------------

COMMUNE_PAIRS = [
    (r"Văn phòng HĐND và UBND huyện", "Văn phòng UBND tỉnh"),
    (r"Phòng Tư pháp huyện", "Sở Tư pháp"),
    (r"UBND huyện \(qua Phòng Nội vụ\)", "UBND tỉnh (qua Sở Nội vụ)"),
    (r"Phòng Nội vụ huyện", "Sở Nội vụ"),
    (r"Phòng Nội vụ", "Sở Nội vụ"),
    (r"Chủ tịch UBND huyện", "Chủ tịch UBND tỉnh"),
    (r"UBND huyện", "UBND tỉnh"),
    (r"xã, phường, thị trấn", "xã, phường, đặc khu"),
    (r"của huyện", "của tỉnh"),
    (r"cấp huyện", "cấp tỉnh"),
]

commune = json.loads((FOLDER / "mau-xa.json").read_text(encoding="utf-8"))
commune.update({"id": "mau-xa-2025", "name": "Bộ tiêu chí mẫu cấp xã (xã, phường, đặc khu) năm 2025",
                "year": 2025, "version": VERSION})
walk({"children": commune["nodes"]}, lambda n: replace_texts(n, COMMUNE_PAIRS))


def commune_node(node):
    # Sáng kiến: each recognised initiative earns points, up to the criterion's maximum.
    if node.get("code") == "1.5.4":
        node["guidance"] = ("Mỗi sáng kiến, giải pháp, mô hình CCHC được Hội đồng sáng kiến cấp tỉnh công nhận và áp "
                            "dụng có hiệu quả trong năm đạt: 1 điểm; tối đa 2 điểm.")
        node["rule"] = {"kind": "per-item", "perItem": 1}
        node["ruleWording"] = "Mỗi sáng kiến, giải pháp, mô hình CCHC được Hội đồng sáng kiến cấp tỉnh công nhận và " \
                              "áp dụng có hiệu quả trong năm đạt: 1 điểm; tối đa 2 điểm"
    # Levels as shares of the maximum, as the 2025 sets write them.
    if node.get("code") == "1.1.3":
        node["guidance"] = ("Hoàn thành 100% nhiệm vụ của kế hoạch: 100% điểm; từ 80% đến dưới 100%: 75% điểm; từ 50% "
                            "đến dưới 80%: 50% điểm; dưới 50%: 0 điểm.")
        node["rule"] = {"kind": "levels", "levels": [
            {"label": "Hoàn thành 100% nhiệm vụ", "points": 2},
            {"label": "Từ 80% đến dưới 100%", "points": 1.5},
            {"label": "Từ 50% đến dưới 80%", "points": 1},
            {"label": "Dưới 50%", "points": 0}]}
    if node.get("code") == "1.7":
        node["title"] = "Đối thoại của Lãnh đạo UBND cấp xã với người dân, doanh nghiệp"


walk({"children": commune["nodes"]}, commune_node)
commune["nodes"].append({
    "code": "9", "title": "Điểm cộng", "maxPoints": 3, "section": "thuong",
    "children": [
        {"code": "9.1", "title": "Sáng kiến, mô hình CCHC được UBND tỉnh công nhận, nhân rộng", "maxPoints": 2,
         "rule": {"kind": "per-item", "perItem": 1},
         "ruleWording": "Mỗi sáng kiến, mô hình được UBND tỉnh công nhận, nhân rộng: 1 điểm",
         "guidance": "Mỗi sáng kiến, mô hình được UBND tỉnh công nhận, nhân rộng: 1 điểm; tối đa 2 điểm.",
         "evidence": "Quyết định công nhận, nhân rộng sáng kiến, mô hình.",
         "defaultDepartment": "Công chức Văn phòng - Thống kê"},
        {"code": "9.2", "title": "Được khen thưởng về công tác CCHC trong năm", "maxPoints": 1,
         "rule": {"kind": "levels", "levels": [
             {"label": "Bằng khen của Chủ tịch UBND tỉnh trở lên", "points": 1},
             {"label": "Giấy khen, hình thức khác", "points": 0.5},
             {"label": "Không được khen thưởng", "points": 0}]},
         "guidance": "Bằng khen của Chủ tịch UBND tỉnh trở lên: 1 điểm; giấy khen hoặc hình thức khác: 0,5 điểm.",
         "evidence": "Quyết định khen thưởng.", "defaultDepartment": "Công chức Văn phòng - Thống kê"}]})
commune["nodes"].append({
    "code": "10", "title": "Điểm bị trừ", "maxPoints": 3, "section": "tru",
    "children": [
        {"code": "10.1", "title": "Bị UBND tỉnh, Chủ tịch UBND tỉnh phê bình bằng văn bản về công tác CCHC",
         "maxPoints": 2, "rule": {"kind": "per-item", "perItem": 1},
         "ruleWording": "Mỗi văn bản phê bình: 1 điểm",
         "guidance": "Mỗi văn bản phê bình: 1 điểm; trừ tối đa 2 điểm.",
         "evidence": "Văn bản phê bình của UBND tỉnh, Chủ tịch UBND tỉnh.",
         "defaultDepartment": "Công chức Văn phòng - Thống kê"},
        {"code": "10.2", "title": "Để xảy ra sai phạm trong giải quyết TTHC bị cơ quan có thẩm quyền kết luận",
         "maxPoints": 1, "rule": {"kind": "per-item", "perItem": 0.5},
         "ruleWording": "Mỗi sai phạm bị kết luận: 0,5 điểm",
         "guidance": "Mỗi sai phạm bị kết luận: 0,5 điểm; trừ tối đa 1 điểm.",
         "evidence": "Kết luận thanh tra, kiểm tra.", "defaultDepartment": "Bộ phận Tiếp nhận và Trả kết quả"}]})
write(commune, "mau-xa-2025.json")

# --- sở, ban, ngành (2025) ------------------------------------------------------------------------------------------

DEPARTMENTS = {
    "Phòng Nội vụ": "Văn phòng Sở",
    "Trung tâm Văn hóa và Truyền thông": "Văn phòng Sở",
    "Phòng Tư pháp": "Bộ phận pháp chế",
    "Văn phòng HĐND và UBND": "Văn phòng Sở",
    "Phòng Tài chính - Kế hoạch": "Phòng Kế hoạch - Tài chính",
    "Phòng Văn hóa và Thông tin": "Phòng chuyên môn, nghiệp vụ",
}
DEPARTMENT_PAIRS = [
    (r"Chủ tịch UBND huyện", "Giám đốc Sở"),
    (r"Cổng thông tin điện tử huyện", "Trang thông tin điện tử của Sở"),
    (r"cơ quan chuyên môn và UBND cấp xã", "phòng, đơn vị thuộc Sở"),
    (r"các cơ quan, UBND cấp xã", "các phòng, đơn vị thuộc Sở"),
    (r"Hội đồng sáng kiến cấp huyện", "Hội đồng sáng kiến cấp tỉnh"),
    (r"Bưu điện huyện", "Bưu điện tỉnh"),
    (r"của UBND huyện", "của Sở"),
    (r"UBND huyện", "Sở"),
    (r"của huyện", "của Sở"),
]
OVERRIDES = {
    "1.3.1": ("Tỷ lệ phòng, đơn vị thuộc Sở được kiểm tra CCHC trong năm",
              "a = tổng số phòng, đơn vị thuộc Sở; b = số được kiểm tra trong năm. Điểm = b/a × 1; kiểm tra từ 30% "
              "số đơn vị trở lên: 1 điểm.", None),
    "1.4.3": ("Chuyên mục CCHC trên Trang thông tin điện tử của Sở",
              "Mỗi tháng đăng ít nhất 02 tin, bài về CCHC. Mỗi tháng không đạt trừ 0,25 điểm.",
              "Đường dẫn các tin, bài; thống kê theo tháng."),
    "2.2.1": ("Tự kiểm tra văn bản do Sở ban hành hoặc tham mưu ban hành",
              "Tự kiểm tra 100% văn bản, xử lý văn bản có sai sót: 1 điểm; chưa đầy đủ: 0,5 điểm; không thực hiện: "
              "0 điểm.", None),
    "2.2.2": ("Rà soát VBQPPL của tỉnh thuộc lĩnh vực quản lý của Sở",
              "a = số VBQPPL của tỉnh thuộc lĩnh vực quản lý phải rà soát; b = số đã rà soát, kiến nghị xử lý. "
              "Điểm = b/a × 1.", "Báo cáo rà soát, hệ thống hóa VBQPPL."),
    "2.4.2": ("Tỷ lệ VBQPPL được giao chủ trì soạn thảo trình UBND tỉnh đúng tiến độ",
              "a = số VBQPPL được giao chủ trì soạn thảo trong năm; b = số trình đúng tiến độ. Điểm = b/a × 1; "
              "dưới 50% không điểm.", "Chương trình xây dựng VBQPPL của UBND tỉnh; tờ trình."),
    "3.1.1": ("Cập nhật, công khai TTHC thuộc phạm vi quản lý của Sở", None, None),
    "3.1.2": ("Công khai TTHC trên Trang thông tin điện tử của Sở, Cổng dịch vụ công",
              "Công khai hoặc liên kết đầy đủ TTHC thuộc thẩm quyền của Sở: 1 điểm; chưa đầy đủ: 0,5 điểm; không: "
              "0 điểm.", None),
    "3.4.1": ("Bố trí công chức làm việc tại Trung tâm Phục vụ hành chính công tỉnh theo quy định",
              "Cử đủ công chức, bảo đảm tiêu chuẩn theo Nghị định số 61/2018/NĐ-CP, Nghị định số 107/2021/NĐ-CP: "
              "đầy đủ: 1 điểm; một phần: 0,5 điểm; không: 0 điểm.",
              "Quyết định cử công chức; danh sách công chức làm việc tại Trung tâm."),
    "3.4.2": ("Tỷ lệ TTHC của Sở được tiếp nhận, trả kết quả tại Trung tâm Phục vụ hành chính công",
              "a = số TTHC thuộc thẩm quyền của Sở; b = số TTHC tiếp nhận tại Trung tâm. Điểm = b/a × 1; dưới 90% "
              "không điểm.", None),
    "3.4.3": ("Tỷ lệ hồ sơ TTHC của Sở giải quyết đúng hạn",
              "a = số hồ sơ của Sở đã giải quyết; b = số giải quyết đúng hạn. Điểm = b/a × 1; dưới 90% không điểm.",
              None),
    "3.4.4": ("Tỷ lệ hồ sơ TTHC liên thông với cơ quan khác giải quyết đúng hạn",
              "a = số hồ sơ liên thông đã giải quyết; b = số giải quyết đúng hạn. Điểm = b/a × 1; dưới 90% không "
              "điểm.", None),
    "3.11": (None, "Điểm nhận từ kết quả Bộ chỉ số của Sở do Cổng dịch vụ công tỉnh công bố: điểm = điểm Bộ chỉ số "
                   "(thang 100) ÷ 100 × 2.", None),
    "4.1.1": ("Tổ chức bộ máy của Sở đúng quy định",
              "Số lượng, tên gọi các phòng, đơn vị thuộc Sở theo Nghị định số 24/2014/NĐ-CP (sửa đổi bởi Nghị định "
              "số 107/2020/NĐ-CP) và quy định của UBND tỉnh: 1 điểm; chưa đúng: 0 điểm.",
              "Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở."),
    "4.4": ("Sắp xếp, kiện toàn tổ chức bên trong và đơn vị sự nghiệp thuộc Sở theo quy định",
            "Thực hiện sắp xếp theo lộ trình của UBND tỉnh: 1 điểm; chậm: 0,5 điểm; không: 0 điểm.",
            "Đề án, quyết định sắp xếp; báo cáo kết quả."),
    "5.2.3": ("Tỷ lệ công chức, viên chức của Sở đạt chuẩn chức danh, vị trí việc làm",
              "a = tổng số công chức, viên chức; b = số đạt chuẩn. Điểm = b/a × 1; dưới 80% không điểm.",
              "Báo cáo chất lượng công chức, viên chức."),
    "7.1.3": ("Liên thông văn bản điện tử",
              "Hệ thống quản lý văn bản của Sở liên thông với hệ thống của tỉnh và Trục liên thông văn bản quốc gia: "
              "đầy đủ: 1 điểm; chưa đầy đủ: 0,5 điểm; chưa liên thông: 0 điểm.", None),
    "7.3.2": ("Tỷ lệ phòng, đơn vị thuộc Sở có công chức phụ trách chuyển đổi số",
              "a = số phòng, đơn vị thuộc Sở; b = số có công chức được phân công phụ trách chuyển đổi số. "
              "Điểm = b/a × 1.", "Quyết định phân công; báo cáo chuyển đổi số."),
    "7.3.3": ("Sử dụng hệ thống họp trực tuyến của tỉnh",
              "Kết nối hệ thống họp trực tuyến của tỉnh và sử dụng thường xuyên: 1 điểm; chưa thường xuyên: 0,5 "
              "điểm; chưa kết nối: 0 điểm.", "Báo cáo các cuộc họp trực tuyến."),
    "7.6.2": ("Tỷ lệ đơn vị sự nghiệp thuộc Sở áp dụng Hệ thống quản lý chất lượng",
              "a = số đơn vị sự nghiệp thuộc Sở có giao dịch hành chính; b = số áp dụng, duy trì đúng quy định. "
              "Điểm = b/a × 1.", "Quyết định công bố; báo cáo kiểm tra."),
}
RULES = {
    "1.5.4": ({"kind": "per-item", "perItem": 0.5},
              "Mỗi sáng kiến, giải pháp CCHC được Hội đồng sáng kiến cấp tỉnh công nhận và áp dụng có hiệu quả: "
              "0,5 điểm; tối đa 1 điểm"),
    "7.1.3": ({"kind": "levels", "levels": [{"label": "Liên thông đầy đủ", "points": 1},
                                           {"label": "Liên thông chưa đầy đủ", "points": 0.5},
                                           {"label": "Chưa liên thông", "points": 0}]}, None),
    "7.3.3": ({"kind": "levels", "levels": [{"label": "Kết nối và sử dụng thường xuyên", "points": 1},
                                           {"label": "Sử dụng chưa thường xuyên", "points": 0.5},
                                           {"label": "Chưa kết nối", "points": 0}]}, None),
    "T.1": ({"kind": "per-item", "perItem": 0.5},
            "Mỗi sáng kiến, mô hình được UBND tỉnh công nhận, nhân rộng: 0,5 điểm"),
}

department = json.loads((FOLDER / "mau-huyen.json").read_text(encoding="utf-8"))
department.update({"id": "mau-so-2025", "name": "Bộ tiêu chí mẫu cấp sở, ban, ngành năm 2025", "level": "so-nganh",
                   "year": 2025, "version": VERSION})


def department_node(node):
    replace_texts(node, DEPARTMENT_PAIRS)
    if node.get("defaultDepartment") in DEPARTMENTS:
        node["defaultDepartment"] = DEPARTMENTS[node["defaultDepartment"]]
    override = OVERRIDES.get(node["code"])
    if override:
        title, guidance, evidence = override
        node["title"] = title or node["title"]
        node["guidance"] = guidance or node["guidance"]
        node["evidence"] = evidence or node["evidence"]
    rule = RULES.get(node["code"])
    if rule:
        node["rule"], wording = rule
        if wording:
            node["ruleWording"] = wording
            node["guidance"] = wording + "."


walk({"children": department["nodes"]}, lambda n: department_node(n) if "code" in n else None)
for root in department["nodes"]:
    if root["code"] == "T":
        root["title"] = "Điểm cộng"
    if root["code"] == "TR":
        root["title"] = "Điểm bị trừ"
write(department, "mau-so-2025.json")

# --- the district sample stays, marked as before 7/2025 -----------------------------------------------------------

district = json.loads((FOLDER / "mau-huyen.json").read_text(encoding="utf-8"))
district["name"] = "Bộ tiêu chí mẫu cấp huyện (trước 7/2025)"
write(district, "mau-huyen.json")
