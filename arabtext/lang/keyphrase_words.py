"""Words that keyphrase extraction treats specially (folded keys, article removed).

``GENERIC_HEADS``: head nouns that add no information before a name — groups and places
(عناصر تنظيم داعش → تنظيم داعش, بلدة الباغوز → الباغوز) and personal titles (الفنان عادل
إمام → عادل إمام).  Common heads that belong to names (وزارة, جامعة, مكتبة) and offices
that make titles of their own (رئيس, وزير, سفير: رئيس الوزراء) are not among them.
"""

from __future__ import annotations

#: Groups and places: عناصر تنظيم داعش, ريف دمشق.
GROUP_AND_PLACE_HEADS = frozenset((
    "عناصر", "عنصر", "بلده", "قريه", "ريف", "مدينه", "منطقه", "مناطق", "اطراف", "محيط",
    "ضواحي"))
#: Personal titles and occupations: الفنان عادل إمام, الشيخ زايد.
PERSONAL_TITLES = frozenset((
    "عقيد", "محامي", "امير", "ملك", "شيخ", "دكتور", "سيد", "سيده", "فنان", "فنانه", "لاعب",
    "لاعبه", "مدرب", "نجم", "مطرب", "مطربه", "مخرج"))
GENERIC_HEADS = GROUP_AND_PLACE_HEADS | PERSONAL_TITLES
#: Stopwords (keys) that are adjectives after a definite noun: العام is "the year" alone
#: or after an indefinite head (نهاية العام), "general" after a definite one (الأمين
#: العام, الرأي العام, الاتحاد العام التونسي للشغل).
ADJECTIVE_STOPWORDS = frozenset(("عام",))
