"""Round 18 (C5): education, health and culture documents copied from organ websites.

A web page's chrome (menu, posting date, share buttons above the header; attachments,
related news and the site's footer under the signature) must not give dates, places,
references or the issuer; a university's faculties and student office are organs; a
national park named after its district is no place. All texts are invented.
"""

from __future__ import annotations

import pytest

import vbcd
from vbcd.extract.agencies import find_agencies
from vbcd.extract.places import find_places
from vbcd.normalize import normalize

_PAGE = """BỆNH VIỆN ĐA KHOA TỈNH BÌNH PHƯỚC
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ
Bạn đang ở: Trang chủ > Văn bản > Thông báo
Ngày đăng: 12/10/2021 | Lượt xem: 1.204
Chia sẻ   Facebook   Zalo   In bài viết
SỞ Y TẾ TỈNH BÌNH PHƯỚC
BỆNH VIỆN ĐA KHOA TỈNH
Số: 518/TB-BVĐK
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Phước, ngày 08 tháng 10 năm 2021
THÔNG BÁO
Về việc tổ chức khám sàng lọc tim bẩm sinh cho trẻ em
1. Bệnh viện tổ chức khám sàng lọc tại xã Minh Hưng, huyện Chơn Thành vào ngày 20/10/2021.
2. Phòng Kế hoạch tổng hợp lập danh sách, báo cáo Giám đốc trước ngày 15/10/2021.
Bệnh viện thông báo để các khoa, phòng biết, thực hiện./.
Nơi nhận:
- Sở Y tế (b/c);
- Lưu: VT, KHTH.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Lâm Văn Khải
Tập tin đính kèm: 518-TB-BVDK.pdf
Tin liên quan
• Lịch khám bệnh ngày thứ Bảy (01/10/2021)
• Tuyển dụng viên chức năm 2021 (24/9/2021)
Bản quyền thuộc Bệnh viện Đa khoa tỉnh Bình Phước. Địa chỉ: phường Tân Bình, thành phố Đồng Xoài
Giấy phép số 21/GP-TTĐT ngày 05/01/2020
"""


def test_web_chrome_gives_no_dates() -> None:
    doc = vbcd.parse(_PAGE)
    days = {d.value for d in doc.dates if d.value}
    assert {"2021-10-12", "2021-10-01", "2021-09-24", "2020-01-05"}.isdisjoint(
        str(x) for x in days)
    assert {"2021-10-08", "2021-10-20", "2021-10-15"} <= {str(x) for x in days}


def test_web_chrome_gives_no_places_or_references() -> None:
    doc = vbcd.parse(_PAGE)
    assert [p.name for p in doc.places] == ["Minh Hưng", "Chơn Thành"]
    assert [r.number for r in doc.references] == []


def test_web_chrome_above_header_leaves_the_issuer_and_signer() -> None:
    doc = vbcd.parse(_PAGE)
    assert doc.issuer is not None
    assert doc.issuer.value == "SỞ Y TẾ TỈNH BÌNH PHƯỚC BỆNH VIỆN ĐA KHOA TỈNH"
    assert doc.signature is not None and doc.signature.name == "Lâm Văn Khải"


def test_web_chrome_removal_is_noted() -> None:
    codes = [code for code, _ in normalize(_PAGE).notes]
    assert "site_chrome" in codes


def test_social_media_in_the_body_is_not_chrome() -> None:
    text = ("UBND TỈNH CAO BẰNG\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nSố: 77/SVHTTDL-QLDL\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Cao Bằng, ngày 03 tháng 5 năm 2023\nV/v quảng bá du lịch\n"
            "1. Chia sẻ hình ảnh thác Bản Giốc trên Facebook, Zalo trước ngày 10/5/2023.\n"
            "2. Tải về bộ nhận diện tại Cổng thông tin điện tử tỉnh./.\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nNông Thị Hà\n")
    assert normalize(text).text.count("Facebook") == 1
    assert "2023-05-10" in {str(d.value) for d in vbcd.parse(text).dates}


@pytest.mark.parametrize(("text", "name"), [
    ("Khoa Tiếng Pháp, Khoa Tiếng Nga phổ biến kế hoạch đến sinh viên.", "Khoa Tiếng Pháp"),
    ("Giao Khoa Tiếng Trung Quốc cử giảng viên chấm thi.", "Khoa Tiếng Trung Quốc"),
    ("Khoa Ngôn ngữ Anh phổ biến thông báo đến sinh viên.", "Khoa Ngôn ngữ Anh"),
])
def test_language_faculty_is_an_organ(text: str, name: str) -> None:
    assert name in [a.name for a in find_agencies(text)]


@pytest.mark.parametrize("text", [
    "Phòng Công tác sinh viên xác nhận điểm rèn luyện.",
    "- Phòng Công tác học sinh, sinh viên;",
])
def test_student_affairs_office_kept_whole(text: str) -> None:
    names = [a.name for a in find_agencies(text)]
    assert names and names[0].startswith("Phòng Công tác") and "sinh viên" in names[0]


@pytest.mark.parametrize("text", [
    "Xảy ra cháy tại vườn quốc gia U Minh Thượng, tỉnh Kiên Giang.",
    "tuần tra trong khu bảo tồn thiên nhiên Xuân Liên, tỉnh Thanh Hóa.",
])
def test_protected_area_named_after_a_district_is_no_place(text: str) -> None:
    names = [p.name for p in find_places(text)]
    assert "U Minh Thượng" not in names and "Xuân Liên" not in names
    assert names[-1] in ("Kiên Giang", "Thanh Hóa")
