"""Control in Greek captions, and the capture said by its noun with "success" in Japanese and
Korean.

- Greek: each side's names in their cases ("οι αντάρτες" / "των ανταρτών", "ο συριακός
  στρατός" / "στον συριακό στρατό", "οι κυβερνητικές δυνάμεις", "το Ισλαμικό Κράτος", "οι
  Κούρδοι"); a capture verb after its subject ("ανακατέλαβε", "κατέλαβαν", "απελευθέρωσαν"), a
  passive with its agent ("απελευθερώθηκε από"), a holding after the place ("υπό τον έλεγχο",
  "στα χέρια"), a fall or a handover ("έπεσε στα χέρια", "ο έλεγχος της X πέρασε από τα χέρια
  των ανταρτών στον στρατό": the side it went to), a siege with its besieger ("πολιορκημένη
  από"); negations and attempts ("δεν", "προσπαθεί να") state nothing.
- Japanese and Korean: "SIDEはXの奪還に成功した", "SIDE가 X 탈환에 성공했다" (a capture);
  a negation ("成功していない") or an aim ("奪還を目指す") states nothing. アインアルアラブ is
  Kobani (its Arabic name in katakana).

Every caption here is written for this module in the manner of agency captions and wire copy
(none is copied from a published one).
"""

from __future__ import annotations

from control_cases import Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    (
        "el_handover",
        "Μετά από τέσσερα χρόνια, ο έλεγχος της Παλιάς Πόλης του Χαλεπίου πέρασε από τα χέρια "
        "των ανταρτών στον συριακό στρατό.",
        [("old-city", "government", "captured")],
    ),
    (
        "el_handover",
        "Ο έλεγχος της Μάνμπιτζ πέρασε από τα χέρια του Ισλαμικού Κράτους στους Κούρδους.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "el_take",
        "Ο συριακός στρατός ανακατέλαβε τη συνοικία Χανάνο την Κυριακή.",
        [("hanano", "government", "captured")],
    ),
    (
        "el_take",
        "Οι αντάρτες κατέλαβαν το Χαλέπι το Σάββατο.",
        [("aleppo", "rebels", "captured")],
    ),
    (
        "el_passive",
        "Παιδιά παίζουν στη Μάνμπιτζ, που απελευθερώθηκε από τους Κούρδους τον Αύγουστο.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "el_held",
        "Κάτοικοι στο ανατολικό Χαλέπι, υπό τον έλεγχο των ανταρτών, περιμένουν βοήθεια.",
        [("east-aleppo", "rebels", "held")],
    ),
    (
        "el_held",
        "Η Μάνμπιτζ βρίσκεται στα χέρια του Ισλαμικού Κράτους.",
        [("manbij", "islamic_state", "held")],
    ),
    (
        "el_fell",
        "Η Κομπάνι έπεσε στα χέρια των Κούρδων τον Ιανουάριο.",
        [("kobani", "kurdish", "captured")],
    ),
    (
        "el_besieged",
        "Το ανατολικό Χαλέπι, πολιορκημένο από τις κυβερνητικές δυνάμεις, περιμένει τρόφιμα.",
        [("east-aleppo", "rebels", "besieged")],
    ),
    (
        "ja_success",
        "クルド人部隊は26日、トルコ国境に近いコバニの奪還に成功した。",
        [("kobani", "kurdish", "captured")],
    ),
    (
        "ja_success",
        "シリア政府軍はアレッポ東部の制圧に成功したと発表した。",
        [("east-aleppo", "government", "captured")],
    ),
    (
        "ja_katakana",
        "クルド人部隊がイスラム国から奪還した町アインアルアラブ(Ain al-Arab)に記者団が入った。",
        [("kobani", "kurdish", "captured")],
    ),
    # a relative of a capture, the side before "から" the one it was taken from
    (
        "ja_relative_from",
        "クルド人部隊が過激派組織「イスラム国(IS)」から奪還した要衝の町アインアルアラブに記者団が"
        "入った。",
        [("kobani", "kurdish", "captured")],
    ),
    (
        "ja_relative_from",
        "政府軍が反体制派から奪還したアレッポ東部で住民が帰還した。",
        [("east-aleppo", "government", "captured")],
    ),
    (
        "ko_success",
        "쿠르드 민병대가 코바니 탈환에 성공했다.",
        [("kobani", "kurdish", "captured")],
    ),
    (
        "ko_success",
        "시리아 정부군이 알레포 동부 장악에 성공했다.",
        [("east-aleppo", "government", "captured")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    ("el_negated", "Οι αντάρτες δεν κατέλαβαν το Χαλέπι το Σάββατο."),
    ("el_attempt", "Ο στρατός προσπαθεί να ανακαταλάβει τη συνοικία Χανάνο."),
    ("el_fighting", "Μια γυναίκα περπατά στο Χαλέπι, όπου οι αντάρτες μάχονται με τον στρατό."),
    ("ja_negated", "政府軍はアレッポ東部の奪還に成功していない。"),
    ("ja_aim", "政府軍はアレッポ東部の奪還を目指している。"),
    ("ko_aim", "정부군은 알레포 동부 탈환을 시도했다."),
    # taken from a side, the taker unnamed
    ("ja_from_no_taker", "記者団はイスラム国(IS)から奪還した町アインアルアラブに入った。"),
]


test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)
