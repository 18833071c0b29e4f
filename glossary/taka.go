package glossary

import (
	"strings"

	"github.com/pathok/pathok/glossary/figures"
)

// takaClues adds to opt, when টাকা is to be decided per article, the
// Indian and Bangladeshi places and organisations named in it: a Kolkata
// price list in টাকা is in rupees. The two countries themselves are left
// out, since each country's news names the other all the time.
func takaClues(opt figures.Options, names []Span) figures.Options {
	if opt.Taka != "" && !strings.EqualFold(opt.Taka, figures.TakaAuto) {
		return opt
	}
	for i := range names {
		e := names[i].Entry
		if e == nil || e.Kind != Place && e.Kind != Org || strings.HasPrefix(e.ID, "cc-") {
			continue
		}
		switch e.Country {
		case "IN":
			opt.Indian++
			if opt.IndianExample == "" {
				opt.IndianExample = e.EnglishHeadword()
			}
		case "BD":
			opt.Bangladeshi++
		}
	}
	return opt
}
