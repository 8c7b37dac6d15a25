from common import F, D, article, write
BUS, BUSk = "Seoul city buses", "서울 시내버스"
STR, STRk = "Seoul city bus strike", "파업"
UNION, UNIONk = "Seoul City Bus Labor Union", "노조"
ASSOC = "Seoul Bus Transport Business Association"
h161 = article("H161.txt", "2026-11-30", "뉴시스",
 "Seoul city bus drivers went on strike from the first buses on 30 November 2026 after wage talks broke down, and the city put on extra subway trains and free shuttle buses.",
 [
  D("노조가 30일 첫차부터", "30일", "2026-11-30"),
  F("시내버스 64개사 가운데", "64개사", "count", 64, "count", BUS, BUSk, "other", "level", "2026-11-30"),
  F("가운데 61개사 소속", "61개사", "count", 61, "count", STR, STRk, "other", "level", "2026-11-30"),
  F("소속 버스 7128대가", "7128대", "count", 7128, "count", STR, STRk, "other", "level", "2026-11-30"),
  F("시내버스(7382대)", "7382대", "count", 7382, "count", BUS, "전체 시내버스", "other", "level", "2026-11-30"),
  F("의 96.6%에 해당", "96.6%", "percent", 96.6, "%", STR, STRk, "other", "level", "2026-11-30"),
  F("이용객은 약 380만명", "380만명", "count", 3800000, "count", BUS, BUSk, "other", "level", None, qualifier="approx"),
  F("기본급 8.2% 인상을", "8.2%", "percent", 8.2, "%", UNION, UNIONk, "other", "claim", "2026-11-30", direction="up", source=UNION),
  F("2.5% 인상안을 제시", "2.5%", "percent", 2.5, "%", ASSOC, "서울시버스운송사업조합", "other", "claim", "2026-11-30", direction="up", source=ASSOC),
  F("이미 15% 가까이", "15%", "percent", 15, "%", ASSOC, "사측", "other", "claim", None, direction="up", qualifier="approx", source=ASSOC),
  F("지난해 5000억원을 넘었다", "5000억원", "money", 500000000000, "KRW", "Seoul Metropolitan Government", "서울시", "total_spending", "threshold", "2025", qualifier="more_than"),
  F("운행을 1시간 연장", "1시간", "quantity", 1, "duration", "Seoul subway", "지하철", "duration", "change", "2026-11-30", direction="up"),
  F("하루 173회 늘려", "173회", "count", 173, "count", "Seoul subway", "지하철", "other", "change", "2026-11-30", direction="up"),
  F("무료 셔틀버스 625대를", "625대", "count", 625, "count", "free shuttle buses", "무료 셔틀버스", "other", "level", "2026-11-30"),
  D("2024년 3월 이후", "2024년 3월", "2024-03"),
  F("2년 8개월 만이다", "2년 8개월", "quantity", 32, "duration", STR, "서울 시내버스 파업", "duration", "level", "2026-11-30"),
  F("파업은 11시간 만에", "11시간", "quantity", 11, "duration", STR, "당시 파업", "duration", "reference", "2024-03"),
 ])
write("H161", [h161])

KZ, KZk = "Korea Zinc", "고려아연"
h162 = article("H162.txt", "2026-12-01", "조선비즈",
 "A Seoul court on 1 December 2026 rejected Young Poong and MBK Partners' request for an injunction to stop Korea Zinc's extraordinary shareholders' meeting, which will vote on cumulative voting and a cap on board seats.",
 [
  D("민사합의50부는 1일", "1일", "2026-12-01"),
  D("지난 10월 28일", "10월 28일", "2026-10-28"),
  D("주총은 오는 23일", "23일", "2026-12-23"),
  F("상한을 19명으로", "19명", "count", 19, "count", KZ, KZk, "other", "threshold", "2026-12-23", qualifier="at_most"),
  D("지난달 8일이었다", "8일", "2026-11-08"),
  F("지분 41.3%를 보유", "41.3%", "percent", 41.3, "%", "Young Poong-MBK", "영풍·MBK 측", "stake", "level", "2026-12-01"),
  F("지분을 33.9% 안팎으로", "33.9%", "percent", 33.9, "%", "Choi Yun-beom", "최윤범 회장 측", "stake", "estimate", "2026-12-01", qualifier="approx", source="industry"),
  D("2024년 9월 MBK", "2024년 9월", "2024-09"),
  F("2년 3개월째", "2년 3개월", "quantity", 27, "duration", "Korea Zinc management dispute", "경영권 분쟁", "duration", "level", "2026-12-01"),
  F("보다 3.2% 내린", "3.2%", "percent", 3.2, "%", KZ, KZk, "share_price", "change", "2026-12-01", direction="down", tod="intraday"),
  F("내린 112만4000원에", "112만4000원", "money", 1124000, "KRW", KZ, KZk, "share_price", "level", "2026-12-01", direction="down", tod="intraday"),
 ])
write("H162", [h162])
