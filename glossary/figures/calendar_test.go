package figures

import (
	"testing"
	"time"
)

// Every day of a Bengali year must follow the one before it, the year must
// start on 14 April and run into the next one without a gap.
func TestBengaliCalendarWholeYears(t *testing.T) {
	for _, y := range []int{1430, 1431, 1432} {
		t.Run(time.Date(y+bengaliEpoch, 1, 1, 0, 0, 0, 0, time.UTC).Format("2006"), func(t *testing.T) {
			want := time.Date(y+bengaliEpoch, time.April, 14, 0, 0, 0, 0, time.UTC)
			days := 0
			for m := 1; m <= 12; m++ {
				for d := 1; d <= bengaliMonthDays(y, m); d++ {
					got, ok := bengaliToGregorian(y, m, d)
					if !ok || !got.Equal(want) {
						t.Fatalf("bengaliToGregorian(%d, %d, %d) = %v, %v; want %v", y, m, d, got.Format(time.DateOnly), ok, want.Format(time.DateOnly))
					}
					want = want.AddDate(0, 0, 1)
					days++
				}
			}
			next, _ := bengaliToGregorian(y+1, 1, 1)
			if !next.Equal(want) {
				t.Errorf("1 Boishakh %d = %v; want %v, the day after 30 Chaitra %d", y+1, next.Format(time.DateOnly), want.Format(time.DateOnly), y)
			}
			if wantDays := 365 + map[bool]int{true: 1}[isLeap(y+bengaliEpoch+1)]; days != wantDays {
				t.Errorf("Bengali year %d has %d days; want %d", y, days, wantDays)
			}
		})
	}
}

func TestBengaliCalendarFalgun(t *testing.T) {
	cases := []struct {
		year, days int
	}{
		{1430, 30}, // Falgun 1430 falls in February 2024, a leap year
		{1431, 29},
		{1432, 29},
		{1434, 30}, // February 2028
		{1506, 29}, // February 2100 is not a leap year
	}
	for _, c := range cases {
		if got := bengaliMonthDays(c.year, falgun); got != c.days {
			t.Errorf("Falgun %d has %d days; want %d", c.year, got, c.days)
		}
	}
}

func TestBengaliToGregorian(t *testing.T) {
	cases := []struct {
		name    string
		y, m, d int
		want    string // "" when the date does not exist
	}{
		{"new year 1432", 1432, 1, 1, "2025-04-14"},
		{"2 Agrahayan 1432", 1432, 8, 2, "2025-11-17"},
		{"last of Ashwin", 1432, 6, 31, "2025-10-16"},
		{"1 Falgun", 1431, 11, 1, "2025-02-14"},
		{"15 Falgun", 1430, 11, 15, "2024-02-28"},
		{"16 Falgun in a leap year", 1430, 11, 16, "2024-02-29"},
		{"16 Falgun", 1431, 11, 16, "2025-03-01"},
		{"leap Falgun 30", 1430, 11, 30, "2024-03-14"},
		{"1 Chaitra after leap", 1430, 12, 1, "2024-03-15"},
		{"1 Chaitra", 1431, 12, 1, "2025-03-15"},
		{"30 Chaitra", 1431, 12, 30, "2025-04-13"},
		{"Falgun 30 in a common year", 1431, 11, 30, ""},
		{"Kartik 31", 1432, 7, 31, ""},
		{"day zero", 1432, 1, 0, ""},
		{"month 13", 1432, 13, 1, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, ok := bengaliToGregorian(c.y, c.m, c.d)
			gotS := ""
			if ok {
				gotS = got.Format(time.DateOnly)
			}
			if gotS != c.want {
				t.Errorf("bengaliToGregorian(%d, %d, %d) = %q; want %q", c.y, c.m, c.d, gotS, c.want)
			}
		})
	}
}
