package figures

import "time"

// The Bangladesh revised Bengali calendar (2019): the year begins on
// 14 April; Boishakh to Ashwin have 31 days, Kartik to Magh and Chaitra
// 30, and Falgun 29, or 30 when it falls in a Gregorian leap year. So
// every Bengali day keeps its Gregorian day from year to year, except the
// second half of Falgun, which straddles 29 February.

var bengaliMonthNames = [13]string{"", "Boishakh", "Jyoishtho", "Asharh", "Shrabon", "Bhadro", "Ashwin",
	"Kartik", "Agrahayan", "Poush", "Magh", "Falgun", "Chaitra"}

// bengaliEpoch is the Gregorian year in which Bengali year 0 would begin.
const bengaliEpoch = 593

const falgun = 11

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// bengaliMonthDays is the length of month m (1–12) of Bengali year y.
func bengaliMonthDays(y, m int) int {
	switch {
	case m <= 6:
		return 31
	case m == falgun:
		// Falgun falls in February of the year after the one the Bengali year began in.
		if isLeap(y + bengaliEpoch + 1) {
			return 30
		}
		return 29
	}
	return 30
}

// bengaliToGregorian converts day d of month m of Bengali year y.
func bengaliToGregorian(y, m, d int) (time.Time, bool) {
	if y < 1 || m < 1 || m > 12 || d < 1 || d > bengaliMonthDays(y, m) {
		return time.Time{}, false
	}
	off := d - 1
	for i := 1; i < m; i++ {
		off += bengaliMonthDays(y, i)
	}
	return time.Date(y+bengaliEpoch, time.April, 14+off, 0, 0, 0, 0, time.UTC), true
}

// bengaliDayMonth gives the Gregorian month and day of a Bengali day
// without a year, when that does not depend on the year.
func bengaliDayMonth(m, d int) (time.Month, int, bool) {
	if m == falgun && d > 15 {
		return 0, 0, false
	}
	t, ok := bengaliToGregorian(1431, m, d) // any year whose Falgun has 29 days
	return t.Month(), t.Day(), ok
}
