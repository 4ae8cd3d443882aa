"""State audit and finance offices: the State Audit's area offices (``Kiểm toán nhà nước
khu vực IV``, numbers coded ``KV IV``), its auditors and audit teams, the Treasury's,
the customs' and the tax offices of the 2025 reform (``Kho bạc Nhà nước khu vực XIII``,
``Chi cục Hải quan khu vực III``, ``Thuế cơ sở 3 tỉnh Quảng Ngãi``), and the follow-up
of audit recommendations."""

from __future__ import annotations

import pytest

import vbcd


def _actors(text: str) -> list[tuple[str | None, str]]:
    return [(a.clause, a.actor) for a in vbcd.parse(text).assignments]


def _agencies(text: str) -> list[str]:
    return [a.name for a in vbcd.parse(text).agencies]


def _positions(text: str) -> dict[str, list[str]]:
    return {p.name: [" ".join(filter(None, (x.title, x.organ))) for x in p.positions]
            for p in vbcd.parse(text).persons}


_HEADER = (
    "KIỂM TOÁN NHÀ NƯỚC\nKIỂM TOÁN NHÀ NƯỚC KHU VỰC IV\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: {number}\nĐà Nẵng, ngày 18 tháng 9 năm 2025\n\n"
    "THÔNG BÁO\nKết quả kiểm toán ngân sách địa phương năm 2024 của tỉnh Quảng Ngãi\n\n"
    "Kính gửi: Ủy ban nhân dân tỉnh Quảng Ngãi\n\n"
    "1. Thu hồi nộp ngân sách nhà nước số tiền 1.234.567.890 đồng.\n"
)


@pytest.mark.parametrize(("number", "value"), [
    ("215/TB-KV IV", "215/TB-KVIV"),
    ("45/KV XIII-TH", "45/KVXIII-TH"),
    ("210/QĐ-KBKV XIII", "210/QĐ-KBKVXIII"),
])
def test_area_office_number_keeps_its_roman_numeral(number: str, value: str) -> None:
    doc = vbcd.parse(_HEADER.format(number=number))
    assert doc.number is not None
    assert doc.number.value == value


@pytest.mark.parametrize(("text", "number", "date", "issuer"), [
    ("Căn cứ Báo cáo kiểm toán số 198/BC-KV IV ngày 10/9/2025 của Kiểm toán nhà nước "
     "khu vực IV;", "198/BC-KVIV", "2025-09-10", "Kiểm toán nhà nước khu vực IV"),
    ("Thực hiện Văn bản số 512/KV II-TH ngày 15/9/2025 của Kiểm toán nhà nước khu vực II "
     "về việc báo cáo.", "512/KVII-TH", "2025-09-15", "Kiểm toán nhà nước khu vực II"),
])
def test_area_office_number_in_a_reference(text: str, number: str, date: str,
                                           issuer: str) -> None:
    refs = vbcd.parse(text).references
    assert [(r.number, r.date, r.issuer) for r in refs] == [(number, date, issuer)]


def test_audit_team_members_positions() -> None:
    text = ("Điều 2. Thành lập Đoàn kiểm toán gồm các ông (bà) có tên sau:\n"
            "1. Ông Phạm Quốc Bảo, Phó Kiểm toán trưởng, Trưởng đoàn;\n"
            "2. Ông Vũ Đức Mạnh, Kiểm toán viên chính, Tổ trưởng Tổ kiểm toán số 1;\n"
            "3. Bà Ngô Thị Mai, Kiểm toán viên cao cấp, Phó Trưởng đoàn kiểm toán;\n"
            "4. Bà Phan Thị Nhung, Kiểm soát viên chính, thành viên.\n")
    got = _positions(text)
    assert got["Phạm Quốc Bảo"] == ["Phó Kiểm toán trưởng", "Trưởng đoàn"]
    assert got["Vũ Đức Mạnh"][0] == "Kiểm toán viên chính"
    assert got["Ngô Thị Mai"] == ["Kiểm toán viên cao cấp", "Phó Trưởng đoàn kiểm toán"]
    assert got["Phan Thị Nhung"][0] == "Kiểm soát viên chính"


def test_area_auditor_and_tax_office_heads() -> None:
    got = _positions("Làm việc với ông Nguyễn Văn An, Kiểm toán trưởng Kiểm toán nhà nước "
                     "khu vực IV và ông Trần Văn Bình, Trưởng Thuế tỉnh Nghệ An.")
    assert got == {"Nguyễn Văn An": ["Kiểm toán trưởng Kiểm toán nhà nước khu vực IV"],
                   "Trần Văn Bình": ["Trưởng Thuế tỉnh Nghệ An"]}


def test_deputy_auditor_general_abbreviated_in_recipients() -> None:
    text = ("Nơi nhận:\n- Như trên;\n- Tổng KTNN (để b/c);\n- Phó Tổng KTNN Đoàn Xuân Tiên;\n"
            "- Lưu: VT, Vụ TH.\n")
    assert _positions(text) == {"Đoàn Xuân Tiên": ["Phó Tổng KTNN"]}


@pytest.mark.parametrize("text", [
    "1. Sở Tài chính chưa thực hiện kiến nghị về xử lý tài chính.",
    "2. Sở Tài chính mới thực hiện được 50% số kiến nghị.",
])
def test_follow_up_account_is_no_task(text: str) -> None:
    assert _actors(text) == []


def test_customs_area_office_at_work() -> None:
    text = "2. Chi cục Hải quan khu vực III kiểm tra sau thông quan đối với 15 tờ khai."
    assert _agencies(text) == ["Chi cục Hải quan khu vực III"]
    assert [a for _, a in _actors(text)] == ["Chi cục Hải quan khu vực III"]


def test_customs_departments_still_named_whole() -> None:
    text = ("Giao Cục Kiểm tra sau thông quan chủ trì, phối hợp với Cục Điều tra chống buôn "
            "lậu và Cục Giám sát quản lý về hải quan thực hiện.")
    assert _agencies(text) == ["Cục Kiểm tra sau thông quan", "Cục Điều tra chống buôn lậu",
                               "Cục Giám sát quản lý về hải quan"]


def test_numbered_local_office_is_not_its_parent() -> None:
    text = ("Kính gửi:\n- Sở Tài chính;\n- Thuế tỉnh Quảng Ngãi;\n"
            "- Kho bạc Nhà nước khu vực XIII.\n\n"
            "2. Thuế tỉnh Quảng Ngãi chỉ đạo Thuế cơ sở 3 tỉnh Quảng Ngãi rà soát nợ thuế.\n")
    names = _agencies(text)
    assert "Thuế tỉnh Quảng Ngãi" in names
    assert "Thuế cơ sở 3 tỉnh Quảng Ngãi" in names


def test_treasury_area_office_in_header_is_not_the_treasury() -> None:
    text = ("BỘ TÀI CHÍNH\nKHO BẠC NHÀ NƯỚC\nKHO BẠC NHÀ NƯỚC KHU VỰC XIII\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 210/QĐ-KBKV XIII\nQuảng Ngãi, ngày 30 tháng 9 năm 2025\n\n"
            "QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n\n"
            "Điều 1. Thành lập Tổ công tác.\n\nNơi nhận:\n- KBNN (để b/c);\n- Lưu: VT.\n")
    keys = {a.canonical for a in vbcd.parse(text).agencies}
    assert "kho bạc nhà nước khu vực xiii" in keys
    assert any(k.startswith("kho bạc") and "khu vực" not in k for k in keys)


def test_sector_department_of_the_state_audit() -> None:
    text = ("Kiểm toán nhà nước đề nghị Kiểm toán nhà nước chuyên ngành II báo cáo kết quả "
            "kiểm toán.")
    assert _agencies(text) == ["Kiểm toán nhà nước", "Kiểm toán nhà nước chuyên ngành II"]


@pytest.mark.parametrize(("text", "name"), [
    ("3. Phòng Quản lý nợ và cưỡng chế nợ thuế theo dõi, tổng hợp kết quả.",
     "Phòng Quản lý nợ và cưỡng chế nợ thuế"),
    ("Giao Phòng Tuyên truyền và hỗ trợ người nộp thuế hướng dẫn doanh nghiệp.",
     "Phòng Tuyên truyền và hỗ trợ người nộp thuế"),
])
def test_tax_office_departments(text: str, name: str) -> None:
    assert _agencies(text) == [name]
    assert [a for _, a in _actors(text)] == [name]


def test_executors_of_an_audit_decision() -> None:
    text = ("QUYẾT ĐỊNH:\nĐiều 1. Kiểm toán ngân sách địa phương năm 2024 của tỉnh Gia Lai.\n"
            "Điều 2. Kiểm toán trưởng Kiểm toán nhà nước khu vực III, Chánh Văn phòng Kiểm "
            "toán nhà nước, Ủy ban nhân dân tỉnh Gia Lai, Đoàn kiểm toán và các tổ chức, cá "
            "nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.\n")
    assert [a for c, a in _actors(text) if c == "Điều 2"] == [
        "Kiểm toán trưởng Kiểm toán nhà nước khu vực III",
        "Chánh Văn phòng Kiểm toán nhà nước", "Ủy ban nhân dân tỉnh Gia Lai",
        "Đoàn kiểm toán", "các tổ chức, cá nhân có liên quan"]


def test_state_audit_after_and_is_an_actor_of_its_own() -> None:
    text = ("Giao Kho bạc Nhà nước khu vực XIII phối hợp với Thuế tỉnh Quảng Ngãi và Kiểm "
            "toán nhà nước khu vực IV thực hiện.")
    assert [a for _, a in _actors(text)] == [
        "Kho bạc Nhà nước khu vực XIII", "Thuế tỉnh Quảng Ngãi",
        "Kiểm toán nhà nước khu vực IV"]


def test_local_tax_office_head_signs() -> None:
    text = ("THUẾ TỈNH QUẢNG NGÃI\nTHUẾ CƠ SỞ 3 TỈNH QUẢNG NGÃI\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 512/TB-TCS3\nĐức Phổ, ngày 12 tháng 10 năm 2025\n\n"
            "THÔNG BÁO\nVề việc nộp số tiền thuế truy thu\n\n"
            "Đề nghị Công ty nộp đủ số tiền trên chậm nhất ngày 31/10/2025./.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTRƯỞNG THUẾ CƠ SỞ\nPhạm Ngọc Ánh\n")
    sig = vbcd.parse(text).signature
    assert sig is not None
    assert (sig.title, sig.name) == ("TRƯỞNG THUẾ CƠ SỞ", "Phạm Ngọc Ánh")


def test_audited_entity_reports() -> None:
    text = ("1. Kiến nghị xử lý tài chính: giảm giá trị thanh toán 3.876.000.000 đồng.\n"
            "2. Tổ chức thực hiện\nĐơn vị được kiểm toán báo cáo kết quả thực hiện kiến "
            "nghị về Kiểm toán nhà nước khu vực V trước ngày 31/12/2025.\n")
    assert _actors(text) == [("2", "Đơn vị được kiểm toán")]
