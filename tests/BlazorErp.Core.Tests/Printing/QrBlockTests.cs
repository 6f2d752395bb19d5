using BlazorErp.Core.Printing;
using QRCoder;

namespace BlazorErp.Core.Tests.Printing;

public class QrBlockTests
{
    [Theory]
    [InlineData("SF753000000000")]
    [InlineData("{\"waybillCode\":\"YT7530000079190\",\"cpCode\":\"YT\",\"sign\":\"9e3779b1\",\"收件人\":\"张伟\"}")]
    public void The_rectangles_are_the_runs_of_dark_modules_covering_each_once(string data)
    {
        using var qr = QRCodeGenerator.GenerateQrCode(data, QRCodeGenerator.ECCLevel.M, forceUtf8: true);
        var matrix = qr.ModuleMatrix;
        var size = matrix.Count;
        var covered = new int[size, size];

        var rects = QrBlock.Rects(matrix).ToList();

        foreach (var rect in rects)
            for (var row = (int)rect.Top; row < rect.Bottom; row++)
                for (var column = (int)rect.Left; column < rect.Right; column++)
                    covered[row, column]++;
        for (var row = 0; row < size; row++)
            for (var column = 0; column < size; column++)
                Assert.Equal(matrix[row][column] ? 1 : 0, covered[row, column]);
        // One rectangle per whole run: one module tall, light (or the edge) on either side.
        Assert.All(rects, rect =>
        {
            var row = matrix[(int)rect.Top];
            Assert.Equal(1, rect.Height);
            Assert.True(rect.Left == 0 || !row[(int)rect.Left - 1]);
            Assert.True(rect.Right == size || !row[(int)rect.Right]);
        });
    }
}
