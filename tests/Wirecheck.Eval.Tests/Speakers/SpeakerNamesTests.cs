namespace Wirecheck.Eval.Tests.Speakers;

using Wirecheck.Eval.Speakers;

public class SpeakerNamesTests
{
    [Theory]
    [InlineData("Barack Obama", "Barack Obama", true)]
    [InlineData("Barack Obama", "Mr. Obama", true)]
    [InlineData("Barack Obama", "President Barack Obama", true)]
    [InlineData("Lindsey Graham", "Sen. Lindsey Graham", true)]
    [InlineData("Donald Trump", "Trump", true)]
    [InlineData("Hillary Clinton", "Bill Clinton", false)]
    [InlineData("Ted Cruz", "Rafael Cruz", false)]
    [InlineData("Daryl Kimball", "Arms Control Association", false)]
    [InlineData("New York Times", "The New York Times", true)]
    [InlineData("Donald Trump", "Trump’s", true)]
    [InlineData("Jim Jordan", "Jim", false)]
    public void SameNamesTheSpeaker(string label, string name, bool same) => Assert.Equal(same, SpeakerNames.Same(label, name));

    [Fact]
    public void ReadsItemsAndRefusesMalformedLines()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "# comment\nart-1\t10\t12\tBarack Obama\nart-1\t20\t25\t-\nart-2\t3\t5\t?\ttwo speakers\n");
            var items = SpeakerItem.Read(path);
            Assert.Equal(3, items.Count);
            Assert.Equal(new Wirecheck.Core.Model.TextSpan(10, 12), items[0].Source);
            Assert.Equal(SpeakerItem.NoSpeaker, items[1].Speaker);
            Assert.Equal("two speakers", items[2].Reason);
            File.WriteAllText(path, "art-1\t10\tBarack Obama\n");
            Assert.Contains(":1:", Assert.Throws<InvalidDataException>(() => SpeakerItem.Read(path)).Message);
            File.WriteAllText(path, "art-1\t10\t12\t?\n");
            Assert.Throws<InvalidDataException>(() => SpeakerItem.Read(path));
            File.WriteAllText(path, "art-1\t12\t10\tX\n");
            Assert.Throws<InvalidDataException>(() => SpeakerItem.Read(path));
        }
        finally { File.Delete(path); }
    }
}
