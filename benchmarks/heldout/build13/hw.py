from common import F, D, article, write
B = 100000000  # 억
CA, CAk = "current account", "경상수지"
BOK = "Bank of Korea"

h155 = article("H155.txt", "2026-12-02", "연합뉴스",
 "South Korea's current account posted a surplus of 9.87 billion dollars in October 2026, its 30th straight monthly surplus, the Bank of Korea said on 2 December.",
 [
  D("10월 경상수지 98억", "10월", "2026-10"),
  F("98억7천만달러 흑자…30", "98억7천만달러", "money", 98.7*B, "USD", CA, CAk, "other", "level", "2026-10"),
  F("…30개월 연속 흑자", "30개월", "quantity", 30, "duration", CA, CAk, "duration", "level", "2026-10"),
  F("경상수지가 30개월째", "30개월", "quantity", 30, "duration", CA, "우리나라 경상수지", "duration", "level", "2026-10"),
  D("한국은행이 2일 발표한 '10월", "2일", "2026-12-02"),
  D("'10월 국제수지(잠정)'", "10월", "2026-10"),
  D("10월 경상수지는 98억", "10월", "2026-10"),
  F("경상수지는 98억7천만달러 흑자로", "98억7천만달러", "money", 98.7*B, "USD", CA, CAk, "other", "level", "2026-10"),
  D("2024년 5월부터", "2024년 5월", "2024-05"),
  F("5월부터 30개월 연속", "30개월", "quantity", 30, "duration", CA, CAk, "duration", "level", "2026-10"),
  D("최대였던 9월(", "9월", "2026-09"),
  F("9월(112억4천만달러)", "112억4천만달러", "money", 112.4*B, "USD", CA, CAk, "other", "reference", "2026-09"),
  F("보다 13억7천만달러 줄었지만", "13억7천만달러", "money", 13.7*B, "USD", CA, CAk, "other", "change", "2026-10", direction="down"),
  F("1년 전(68억1천만달러)", "68억1천만달러", "money", 68.1*B, "USD", CA, CAk, "other", "reference", "2025-10"),
  F("30억6천만달러 많다", "30억6천만달러", "money", 30.6*B, "USD", CA, CAk, "other", "change", "2026-10", direction="up"),
  D("1∼10월 누적 흑자", "1∼10월", "2026-01", high="2026-10"),
  F("흑자는 921억6천만달러로", "921억6천만달러", "money", 921.6*B, "USD", CA, CAk, "other", "level", "2026", direction="up"),
  F("기간(782억달러)", "782억달러", "money", 782*B, "USD", CA, CAk, "other", "reference", "2025"),
  F("782억달러)보다 17.9% 늘었다", "17.9%", "percent", 17.9, "%", CA, CAk, "other", "change", "2026", direction="up"),
  F("상품수지가 103억2천만달러", "103억2천만달러", "money", 103.2*B, "USD", "goods balance", "상품수지", "other", "level", "2026-10"),
  D("9월(110억5천", "9월", "2026-09"),
  F("(110억5천만달러)보다는", "110억5천만달러", "money", 110.5*B, "USD", "goods balance", "상품수지", "other", "reference", "2026-09"),
  F("수출은 652억달러로", "652억달러", "money", 652*B, "USD", "South Korea", None, "exports", "level", "2026-10", direction="up"),
  F("같은 달보다 9.8% 늘었고", "9.8%", "percent", 9.8, "%", "South Korea", None, "exports", "change", "2026-10", direction="up"),
  F("수입은 548억8천만달러로", "548억8천만달러", "money", 548.8*B, "USD", "South Korea", None, "other", "level", "2026-10", direction="up"),
  F("548억8천만달러로 4.1% 증가", "4.1%", "percent", 4.1, "%", "South Korea", None, "other", "change", "2026-10", direction="up"),
  F("반도체 수출은 182억달러로", "182억달러", "money", 182*B, "USD", "semiconductors", "반도체", "exports", "level", "2026-10", direction="up"),
  F("182억달러로 26.5% 급증", "26.5%", "percent", 26.5, "%", "semiconductors", "반도체", "exports", "change", "2026-10", direction="up"),
  F("서비스수지는 21억5천만달러 적자", "21억5천만달러", "money", -21.5*B, "USD", "services balance", "서비스수지", "other", "level", "2026-10"),
  D("10월 초 개천절", "10월", "2026-10"),
  F("적자가 9억8천만달러로", "9억8천만달러", "money", -9.8*B, "USD", "travel balance", "여행수지", "other", "level", "2026-10"),
  F("전월(7억2천만달러)", "7억2천만달러", "money", -7.2*B, "USD", "travel balance", "여행수지", "other", "reference", "2026-09"),
  F("의 1.4배로 불어났다", "1.4배", "multiple", 1.4, "x", "travel balance", "여행수지", "other", "change", "2026-10", direction="up"),
  F("본원소득수지는 22억3천만달러", "22억3천만달러", "money", 22.3*B, "USD", "primary income balance", "본원소득수지", "other", "level", "2026-10"),
  F("배당소득수지가 17억9천만달러", "17억9천만달러", "money", 17.9*B, "USD", "dividend income balance", "배당소득수지", "other", "level", "2026-10"),
  F("순자산은 87억9천만달러 늘었다", "87억9천만달러", "money", 87.9*B, "USD", "financial account", "금융계정", "other", "change", "2026-10", direction="up"),
  F("증권투자가 64억5천만달러 증가", "64억5천만달러", "money", 64.5*B, "USD", "residents' overseas portfolio investment", "내국인의 해외 증권투자", "other", "change", "2026-10", direction="up"),
  F("증권투자는 12억1천만달러 늘었다", "12억1천만달러", "money", 12.1*B, "USD", "foreign portfolio investment in Korea", "외국인의 국내 증권투자", "other", "change", "2026-10", direction="up"),
  D("\"11월에도 반도체", "11월", "2026-11"),
  F("전망치인 1천100억달러를", "1천100억달러", "money", 1100*B, "USD", CA, CAk, "other", "estimate", "2026", source=BOK),
 ])

h156 = article("H156.txt", "2026-12-02", "뉴스1",
 "South Korea's current account posted a surplus of 9.87 billion dollars in October 2026, led by chip exports, the Bank of Korea said on 2 December.",
 [
  D("10월 경상수지 99억", "10월", "2026-10"),
  F("99억달러 흑자…반도체", "99억달러", "money", 99*B, "USD", CA, CAk, "other", "level", "2026-10"),
  F("호조에 29개월 연속", "29개월", "quantity", 29, "duration", CA, CAk, "duration", "level", "2026-10"),
  D("10월 경상수지가 100억", "10월", "2026-10"),
  F("100억 달러에 가까운", "100억 달러", "money", 100*B, "USD", CA, CAk, "other", "threshold", "2026-10", qualifier="approx"),
  D("한국은행이 2일 발표한", "2일", "2026-12-02"),
  D("'10월 국제수지(잠정)'", "10월", "2026-10"),
  D("10월 경상수지는 98억", "10월", "2026-10"),
  F("98억7000만 달러(약", "98억7000만 달러", "money", 98.7*B, "USD", CA, CAk, "other", "level", "2026-10"),
  F("(약 14조4000억원) 흑자", "14조4000억원", "money", 14.4e12, "KRW", CA, CAk, "other", "conversion", "2026-10", qualifier="approx", eq=8),
  F("29개월 연속 흑자다", "29개월", "quantity", 29, "duration", CA, CAk, "duration", "level", "2026-10"),
  F("전월(112억4000만 달러)", "112억4000만 달러", "money", 112.4*B, "USD", CA, CAk, "other", "reference", "2026-09"),
  D("1~10월 누적 흑자", "1~10월", "2026-01", high="2026-10"),
  F("흑자는 921억6000만 달러로", "921억6000만 달러", "money", 921.6*B, "USD", CA, CAk, "other", "level", "2026", direction="up"),
  F("전년 동기 대비 17.9% 증가", "17.9%", "percent", 17.9, "%", CA, CAk, "other", "change", "2026", direction="up"),
  F("상품수지는 110억5000만 달러", "110억5000만 달러", "money", 110.5*B, "USD", "goods balance", "상품수지", "other", "level", "2026-10"),
  F("전년 동월 대비 9.8% 증가한", "9.8%", "percent", 9.8, "%", "South Korea", None, "exports", "change", "2026-10", direction="up"),
  F("증가한 652억 달러", "652억 달러", "money", 652*B, "USD", "South Korea", None, "exports", "level", "2026-10", direction="up"),
  F("수입은 4.1% 늘어난", "4.1%", "percent", 4.1, "%", "South Korea", None, "other", "change", "2026-10", direction="up"),
  F("늘어난 548억8000만 달러", "548억8000만 달러", "money", 548.8*B, "USD", "South Korea", None, "other", "level", "2026-10", direction="up"),
  F("반도체 수출은 26.5% 늘어", "26.5%", "percent", 26.5, "%", "semiconductors", "반도체", "exports", "change", "2026-10", direction="up"),
  F("서비스수지는 21억5000만 달러", "21억5000만 달러", "money", -21.5*B, "USD", "services balance", "서비스수지", "other", "level", "2026-10"),
  D("10월 초 연휴로", "10월", "2026-10"),
  F("적자가 9800만 달러로", "9800만 달러", "money", -98000000, "USD", "travel balance", "여행수지", "other", "level", "2026-10"),
  F("본원소득수지는 22억3000만 달러", "22억3000만 달러", "money", 22.3*B, "USD", "primary income balance", "본원소득수지", "other", "level", "2026-10"),
  F("순자산이 87억9000만 달러 증가", "87억9000만 달러", "money", 87.9*B, "USD", "financial account", "금융계정", "other", "change", "2026-10", direction="up"),
  F("흑자를 1100억 달러로", "1100억 달러", "money", 1100*B, "USD", CA, CAk, "other", "estimate", "2026", source=BOK),
  D("\"내년 상반기에는", "내년 상반기", "2027"),
  F("50억~70억 달러 수준", "50억~70억 달러", "money", 50*B, "USD", CA, "월 흑자 규모", "other", "estimate", "2027", qualifier="approx", high=70*B, source="Meritz Securities"),
 ])

for a in (h155, h156):
    for f in a["figures"]:
        if isinstance(f["value"], float) and f["kind"] == "money":
            f["value"] = int(round(f["value"]))
        if isinstance(f["high"], float):
            f["high"] = int(round(f["high"]))
write("HW", [h155, h156])
