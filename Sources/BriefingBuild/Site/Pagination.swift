import BriefingRender

/// Splits a long list page into pages of the settings' `page_size`: page 1 stays at the list's
/// own folder, page n goes to `page/n/` under it (as Hugo and Zola do), and every page gets a
/// pager with numbered links and `rel="prev"`/`rel="next"` ones. A list that fits on one page
/// gets no pager, so short lists look as they always did.
///
/// Only the first page tells how many pages there are (its pager links the last one); a later
/// page's pager and title show its own number and its neighbours. A list that grows by a page
/// then changes its first page (which shows the article count, so changes anyway) and the few
/// pages before the new one, not every page, and a rebuild re-renders only those.
struct Pagination {
    /// How many numbers either side of the current page the pager shows before a gap.
    static let window = 2

    var count: Int
    var size: Int

    init(items: Int, size: Int) {
        self.size = max(size, 1)
        count = max(1, (items + self.size - 1) / self.size)
    }

    fileprivate init(count: Int, size: Int) {
        self.count = count
        self.size = size
    }

    /// Where page `number` stands, as far as the page shows it.
    func position(page number: Int) -> ListPosition {
        ListPosition(number: number, reach: reach(page: number), size: size)
    }

    /// The items of page `number` (from 1).
    func slice<Item>(_ items: [Item], page number: Int) -> ArraySlice<Item> {
        let start = (number - 1) * size
        return items[min(start, items.count)..<min(start + size, items.count)]
    }

    /// The list number of page `number`'s first item (an `<ol start>`), nil on the first page.
    func firstNumber(page number: Int) -> Int? {
        number == 1 ? nil : (number - 1) * size + 1
    }

    /// The folder of page `number` of the list at `folder`.
    static func folder(_ folder: String, page number: Int) -> String {
        number == 1 ? folder : folder + "page/\(number)/"
    }

    /// The link from page `from` to page `to` of the same list.
    static func href(from: Int, to: Int) -> String {
        let up = from == 1 ? "" : "../../"
        if to == 1 { return up.isEmpty ? "./" : up }
        return up + "page/\(to)/"
    }

    /// How far page `number` sees the list: every page from the first, and on a later page only
    /// up to one past its window (enough to tell that more follow). What a page shows of the
    /// list's length is a function of this alone.
    func reach(page number: Int) -> Int {
        number == 1 ? count : min(count, number + Self.window + 1)
    }

    /// The pager of page `number`, or nil when the list has one page.
    func pager(page number: Int) -> PagerView? {
        guard count > 1 else { return nil }
        func link(_ target: Int) -> PageLinkView { PageLinkView(number: target, url: Self.href(from: number, to: target)) }
        let reach = reach(page: number)
        var items: [PagerItemView] = []
        for target in 1...reach {
            if target == 1 || (number == 1 && target == count) || abs(target - number) <= Self.window {
                items.append(target == number ? PagerItemView(current: target) : PagerItemView(link: link(target)))
            } else if items.last?.gap != true {
                items.append(.ellipsis)
            }
        }
        return PagerView(previous: number > 1 ? link(number - 1) : nil, next: number < reach ? link(number + 1) : nil,
                         items: items, number: number, count: number == 1 ? count : nil)
    }

    /// A page title with its page number after the first page, as `川普 · 第 2 頁`.
    static func title(_ title: String, page number: Int, settings: SiteSettings) -> String {
        number == 1 ? title : "\(title) · 第 \(number) \(settings.label("page").traditional)"
    }
}

/// All a page shows of its place in a paginated list: its number, how far it sees the list
/// (`Pagination.reach`) and the page size. Its pager, first item number and title follow from
/// these alone, so a page's cache key takes this, not the whole list's length.
struct ListPosition: Sendable, Encodable {
    var number: Int
    var reach: Int
    var size: Int

    var isFirst: Bool { number == 1 }

    /// The pager of this page: the list as far as the page sees it.
    var pager: PagerView? { Pagination(count: reach, size: size).pager(page: number) }

    var firstNumber: Int? { Pagination(count: reach, size: size).firstNumber(page: number) }

    /// The folder of this page of the list at `folder`.
    func folder(_ folder: String) -> String { Pagination.folder(folder, page: number) }

    func title(_ title: String, settings: SiteSettings) -> String { Pagination.title(title, page: number, settings: settings) }
}
