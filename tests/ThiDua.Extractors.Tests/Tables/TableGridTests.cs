using ThiDua.Extractors.Model;
using ThiDua.Extractors.Tables;

namespace ThiDua.Extractors.Tests.Tables;

public sealed class TableGridTests
{
    private static Cell C(string text, int rowSpan = 1, int colSpan = 1, decimal? value = null) => new(text, rowSpan, colSpan, value);

    private static readonly Cell Tt = C("TT", rowSpan: 2);
    private static readonly Cell KetQua = C(" Kết quả ", colSpan: 2);
    private static readonly Cell ThonTay = C("Thôn Tây", rowSpan: 2);

    /// <summary>
    /// <code>
    /// TT | Đơn vị   | Kết quả (2 columns)
    ///    |          | Số hộ | Tỷ lệ (%)
    /// 1  | Thôn Đông| 1.234 | 12,5
    /// 2  | Thôn Tây | 56    | khoảng 40
    /// 3  |  (above) | 78    | 7 (Value set)
    /// Tổng
    /// </code>
    /// </summary>
    private static readonly Table Table = new("t1", "Kết quả rà soát hộ nghèo", null, 2,
    [
        [Tt, C("Đơn vị", rowSpan: 2), KetQua],
        [C("Số hộ"), C("Tỷ lệ (%)")],
        [C("1"), C("  Thôn Đông "), C("1.234"), C("12,5")],
        [C("2"), ThonTay, C("56"), C("khoảng 40")],
        [C("3"), C("78"), C("bảy", value: 7m)],
        [C("Tổng")],
    ]);

    private static readonly TableGrid Grid = new(Table);

    [Fact]
    public void Size_is_the_rows_and_the_widest_row_with_its_spans()
    {
        Assert.Equal(6, Grid.RowCount);
        Assert.Equal(4, Grid.ColumnCount);
        Assert.Equal(2, Grid.HeaderRows);
        Assert.Same(Table, Grid.Table);
    }

    [Fact]
    public void A_spanning_cell_covers_every_position_it_spans_and_starts_only_at_its_top_left()
    {
        Assert.Same(KetQua, Grid.CellAt(0, 2));
        Assert.Same(KetQua, Grid.CellAt(0, 3));
        Assert.True(Grid.IsOrigin(0, 2));
        Assert.False(Grid.IsOrigin(0, 3));

        Assert.Same(Tt, Grid.CellAt(0, 0));
        Assert.Same(Tt, Grid.CellAt(1, 0));
        Assert.True(Grid.IsOrigin(0, 0));
        Assert.False(Grid.IsOrigin(1, 0));

        Assert.Same(ThonTay, Grid.CellAt(3, 1));
        Assert.Same(ThonTay, Grid.CellAt(4, 1));
        Assert.True(Grid.IsOrigin(3, 1));
        Assert.False(Grid.IsOrigin(4, 1));
    }

    [Fact]
    public void Cells_after_a_covered_position_move_right()
    {
        Assert.Equal("Số hộ", Grid.TextAt(1, 2));
        Assert.Equal("Tỷ lệ (%)", Grid.TextAt(1, 3));
        Assert.Equal("78", Grid.TextAt(4, 2));
        Assert.Equal("bảy", Grid.TextAt(4, 3));
    }

    [Fact]
    public void Covering_text_is_as_written_everywhere_and_text_at_only_at_the_origin_trimmed()
    {
        Assert.Equal(" Kết quả ", Grid.CoveringText(0, 2));
        Assert.Equal(" Kết quả ", Grid.CoveringText(0, 3));
        Assert.Equal("Kết quả", Grid.TextAt(0, 2));
        Assert.Equal(string.Empty, Grid.TextAt(0, 3));

        Assert.Equal("  Thôn Đông ", Grid.CoveringText(2, 1));
        Assert.Equal("Thôn Đông", Grid.TextAt(2, 1));
        Assert.Equal("Thôn Tây", Grid.CoveringText(4, 1));
        Assert.Equal(string.Empty, Grid.TextAt(4, 1));
    }

    [Fact]
    public void Header_path_lists_each_spanning_header_once_top_down()
    {
        Assert.Equal(["Kết quả", "Số hộ"], Grid.HeaderPath(2));
        Assert.Equal(["Kết quả", "Tỷ lệ (%)"], Grid.HeaderPath(3));
        Assert.Equal(["TT"], Grid.HeaderPath(0));
        Assert.Equal(["Đơn vị"], Grid.HeaderPath(1));
    }

    [Fact]
    public void Values_are_read_as_vietnamese_numbers_at_the_origin_only()
    {
        Assert.Equal(1234m, Grid.ValueAt(2, 2));
        Assert.Equal(12.5m, Grid.ValueAt(2, 3));
        Assert.Equal(1, Grid.DecimalsAt(2, 3));
        Assert.Equal(0, Grid.DecimalsAt(2, 2));
        Assert.Null(Grid.ValueAt(3, 3)); // "khoảng 40" is not a cell number
        Assert.Equal(7m, Grid.ValueAt(4, 3)); // the model's Value wins over the text
        Assert.Equal(2m, Grid.ValueAt(3, 0));
        Assert.Null(Grid.ValueAt(0, 3)); // covered by "Kết quả"
        Assert.Null(Grid.ValueAt(1, 0)); // covered by "TT"
    }

    [Fact]
    public void Positions_nothing_covers_and_columns_beyond_the_grid_are_empty()
    {
        Assert.Null(Grid.CellAt(5, 1));
        Assert.Equal(string.Empty, Grid.CoveringText(5, 1));
        Assert.Equal(string.Empty, Grid.TextAt(5, 1));
        Assert.Null(Grid.ValueAt(5, 1));
        Assert.False(Grid.IsOrigin(5, 1));

        Assert.Null(Grid.CellAt(2, 4));
        Assert.Null(Grid.CellAt(2, 40));
        Assert.Equal(string.Empty, Grid.CoveringText(2, 4));
        Assert.False(Grid.IsOrigin(2, 4));
        Assert.Equal(string.Empty, Grid.TextAt(2, 40));
        Assert.Null(Grid.ValueAt(2, 40));
        Assert.Equal(0, Grid.DecimalsAt(2, 40));
        Assert.Empty(Grid.HeaderPath(40));
    }

    [Fact]
    public void Origins_are_listed_row_by_row_left_to_right()
    {
        var origins = Grid.Origins().ToList();
        Assert.Equal(Table.Rows.Sum(r => r.Count), origins.Count);
        Assert.Equal((0, 2), (origins[2].Row, origins[2].Col));
        Assert.Same(KetQua, origins[2].Cell);
        Assert.Equal([(4, 0), (4, 2), (4, 3)], origins.Where(o => o.Row == 4).Select(o => (o.Row, o.Col)).ToArray());
    }

    [Fact]
    public void Row_quote_joins_the_texts_starting_in_the_row()
    {
        Assert.Equal("1 | Thôn Đông | 1.234 | 12,5", Grid.RowQuote(2));
        Assert.Equal("3 | 78 | bảy", Grid.RowQuote(4));
    }

    [Fact]
    public void A_span_past_the_last_row_is_cut_at_the_table_end()
    {
        var table = new Table("t2", null, null, 1, [[C("Đơn vị"), C("Ghi chú", rowSpan: 5)], [C("Thôn Bắc")]]);
        var grid = new TableGrid(table);
        Assert.Equal(2, grid.RowCount);
        Assert.Equal(2, grid.ColumnCount);
        Assert.Equal("Ghi chú", grid.CoveringText(1, 1));
        Assert.False(grid.IsOrigin(1, 1));
    }

    [Fact]
    public void Header_rows_are_at_most_the_rows()
    {
        Assert.Equal(1, new TableGrid(new Table("t3", null, null, 3, [[C("Đơn vị")]])).HeaderRows);
    }
}
